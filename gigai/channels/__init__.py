"""Channels: the participant's Chatbot answering customers where they already are.

- Telegram from a laptop, by long polling (no public address): ``gigai bot telegram --business kopi-kita``
  (``gigai.channels.telegram``, needs the ``channels`` extra: python-telegram-bot).
- WhatsApp Business Cloud API on a host: the webhook ships inside the deploy export
  (``gigai bot export``; see the folder's CHANNELS.md).

Nothing heavy is imported here.
"""
