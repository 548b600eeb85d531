"""Lazy/wrong and reasonable answers for every exercise check, written as participants would write them.

Each entry of ``CASES`` is ``"labN.qK": (lazy, reasonable)``; every item is a zero-argument builder that
returns the positional answers for ``Exercise.evaluate(*answers, ns={})``. A lazy or wrong answer must NOT
come out "benar"; a reasonable one must. These tables were written before the checks were changed (issue
21); ``python -m tests.latihan.check_cases`` prints how many each check gets right.

The lab 7 and lab 9 q7 checks read video files: their answers are fake video facts (``FakeVideo``), which the
table test feeds to the checks in place of ffprobe.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gigai.latihan import lab1

# ----------------------------------------------------------------------------------------------- helpers


def _bot(name="Kiki", business="Seblak Teh Euis", contact="WhatsApp 0812-2345-6789", knowledge=None,
         **extra):
    from gigai.chatbot import Chatbot, Knowledge, Persona

    persona = Persona(name=name, business=business, admin_contact=contact,
                      topics=["menu", "harga", "jam buka", "cara pesan"], **extra)
    know = Knowledge.from_markdown(knowledge, source="usaha_saya.md") if knowledge is not None else None
    return Chatbot(persona=persona, knowledge=know)


def _persona(name="Kiki", business="Seblak Teh Euis", contact="WhatsApp 0812-2345-6789"):
    from gigai.chatbot import Persona

    return Persona(name=name, business=business, admin_contact=contact, topics=["menu", "harga"])


SEBLAK = """# Seblak Teh Euis

Produk: seblak kerupuk, seblak ceker, seblak makaroni, level pedas 0 sampai 5.
Harga: seblak kerupuk Rp 15.000, seblak ceker Rp 20.000, tambah telur Rp 3.000.
Jam buka: setiap hari pukul 11.00-21.00, Jumat buka setelah Jumatan.
Cara pesan: WhatsApp 0812-2345-6789 atau GoFood "Seblak Teh Euis".
Alamat: Jl. Cihampelas 12, Bandung.
"""
KNOWLEDGE_GOOD = [
    SEBLAK,
    """# Bengkel Motor Jaya Abadi\n\nLayanan: servis rutin, ganti oli, tambal ban, turun mesin.\n"""
    """Harga: servis rutin Rp 75.000, ganti oli mulai Rp 45.000.\nJam buka: Senin-Sabtu 08.00-17.00.\n"""
    """Booking: WA 0813-1111-2222, antre maksimal 3 motor per jam.\n""",
    """# Katering Bu Sari\n\nMenu harian nasi kotak ayam bakar dan rendang.\nHarga nasi kotak Rp 25.000 per porsi, """
    """minimal 20 porsi.\nPesan paling lambat H-2 lewat email sari.katering@gmail.com.\nAntar gratis area Sleman.\n""",
    """Les Privat Lala\n- Mapel: matematika dan bahasa Inggris SD-SMP\n- Biaya: Rp 100.000 per sesi 90 menit\n"""
    """- Jadwal: Senin-Jumat sore 15.00-19.00\n- Daftar: DM Instagram @lesprivatlala\n""",
    """# Thrift Kece\nJaket denim Rp 85.000, kemeja flanel Rp 55.000.\nBuka Senin-Sabtu 10.00-21.00.\n"""
    """Checkout di Shopee Thrift Kece atau COD khusus Bandung.\n""",
    """# Nina Florist Medan\n\nBuket mawar mulai Rp 150.000, papan bunga Rp 750.000.\nPengiriman dalam kota Medan """
    """Rp 20.000.\nPesan lewat wa.me/6281234567890, buka 07.00-20.00.\n""",
    """# Dodo Print Surabaya\n\nCetak stiker A3 Rp 12.000 per lembar.\nCetak banner Rp 25.000 per meter.\n"""
    """Selesai 1 hari kerja. Telepon (031) 555-1234.\n""",
    """# Warung Asih\nNasi pecel Rp 12.000, es teh Rp 4.000.\nBuka jam 6 pagi sampai jam 2 siang.\n"""
    """Pesan antar lewat DM Instagram @warung.asih.\n""",
    """# Rara Bakery\n\nKue ulang tahun 20 cm Rp 250.000, brownies Rp 60.000.\nPesan kue H-3 lewat WhatsApp """
    """0857-1234-5678.\nAmbil di toko Jl. Merdeka 5, Malang, jam 09.00-18.00.\n""",
    """# Jasa Servis AC Pak Tono\n\nCuci AC Rp 75.000 per unit, isi freon mulai Rp 150.000.\n"""
    """Melayani Depok dan Bogor, Senin-Sabtu.\nJadwal servis: telepon 0812345678901.\n""",
]
PERSONAS_GOOD = [
    ("Kiki", "Seblak Teh Euis", "WhatsApp 0812-2345-6789"),
    ("Mang Ujang", "Bengkel Motor Jaya Abadi", "0813 1111 2222"),
    ("Sari", "Katering Bu Sari Sleman", "sari.katering@gmail.com"),
    ("Lala", "Les Privat Lala", "DM Instagram @lesprivatlala"),
    ("Budi", "Thrift Kece", "+62 812 3456 7890"),
    ("Nina", "Nina Florist Medan", "wa.me/6281234567890"),
    ("Dodo", "Dodo Print Surabaya", "Telepon (031) 555-1234"),
    ("Asih", "Warung Asih", "IG @warung.asih"),
    ("Rara", "Rara Bakery", "WA 0857-1234-5678 (Rara)"),
    ("Pak Tono", "Jasa Servis AC Pak Tono", "0812345678901"),
]


class _Echo:
    """A 'bot' a participant wrote by hand that answers everything (no guardrail)."""

    def __init__(self, reply):
        self.reply = reply
        self.persona = _persona()
        self.knowledge = None

    def ask(self, question):
        return self.reply


def _good_bots():
    return [(lambda p=p, k=k: (_bot(*p, knowledge=k),)) for p, k in zip(PERSONAS_GOOD, KNOWLEDGE_GOOD)]


# --------------------------------------------------------------------------------------------- lab 1
def _mask(key=lab1.DEMO_KEY):
    from gigai.config import mask

    return mask(key)


LAB1 = {
    "lab1.q1": (
        [lambda v=v: (v,) for v in ("chatgpt-gratis", "ChatGPT", "gpt-4o", "bard", "gemeni", "google", 3,
                                      ["gemini"], "openai gemini", "x")],
        [lambda v=v: (v,) for v in ("offline", "gemini", "Gemini", " groq ", "openrouter", "ollama", "gateway",
                                      "openai", "OFFLINE", "replay")],
    ),
    "lab1.q2": (
        [lambda v=v: (v,) for v in (lab1.DEMO_KEY, lab1.DEMO_KEY.upper(), lab1.DEMO_KEY[:-1],
                                      "kunci saya rahasia", lab1.DEMO_KEY[:20] + "...",
                                      lab1.DEMO_KEY.replace(".", " "), 12345, "...", "sk-", "****"[:2])],
        [lambda: (_mask(),)] + [lambda v=v: (v,) for v in (
            "sk-p...WXYZ", "sk-****WXYZ", "****", "sk-…WXYZ", "sk-pr...XYZ", "********WXYZ", "sk-proj...WXYZ",
            "[disamarkan] sk-...WXYZ", "sk-xxxxxxxxxxxxWXYZ")],
    ),
    "lab1.q3": (
        [lambda v=v: (v,) for v in ("", "a", "pertanyaanmu", "jawaban", "halo", None, 42, "ok", ".", "??")],
        [lambda v=v: (v,) for v in (
            "[mode offline] Info: jawaban dari mesin offline gigai (bukan LLM).",
            "Halo! Saya asisten AI. Saya bisa membantu menulis caption, menjawab pelanggan, dan membuat ide promo.",
            "Tentu, ini tiga ide usaha sampingan: jasa titip, desain logo, les privat.",
            "Token adalah potongan teks yang dibaca model.",
            "Warung kopi bisa memakai chatbot untuk menjawab pertanyaan menu dan jam buka.",
            "Maaf, saya tidak punya informasi itu. Silakan hubungi admin.",
            "Hai kak! Ada yang bisa dibantu hari ini?",
            "Seblak enak karena kencurnya terasa dan pedasnya pas.",
            "Jawabannya: 42.",
            "Saya model bahasa; saya tidak tahu harga hari ini.")],
    ),
}

# --------------------------------------------------------------------------------------------- lab 2
_SYS_GOOD = [
    "Kamu CS Seblak Teh Euis di Cihampelas, Bandung. Jawab ramah dan singkat, panggil pelanggan 'teh' atau 'a'.",
    "Kamu admin Bengkel Motor Jaya Abadi. Jawab soal servis dan harga dengan sopan; kalau tidak tahu, minta "
    "pelanggan telepon 0813-1111-2222.",
    "Kamu asisten Katering Bu Sari di Sleman. Bantu pelanggan memilih menu nasi kotak, jawab maksimal 3 kalimat.",
    "kamu cs thrift kece, toko baju bekas di bandung. jawab santai, jangan mengarang harga.",
    "Peranmu: pelayan Warung Asih. Gaya: ramah, pakai 'kak'. Batasan: hanya bahas menu dan jam buka.",
    "Kamu customer service Rara Bakery Malang. Jawab dengan hangat dan arahkan pemesanan kue ke WhatsApp.",
    "Kamu bot Les Privat Lala untuk orang tua murid SD. Jawab jadwal dan biaya les, sopan dan jelas.",
    "Anda adalah CS Nina Florist Medan. Gunakan bahasa sopan. Jangan menjanjikan pengiriman di luar Medan.",
    "Kamu membantu pelanggan Dodo Print Surabaya memesan cetak stiker dan banner. Jawab singkat.",
    "Kamu CS Jasa Servis AC Pak Tono (Depok). Kalau ditanya harga di luar daftar, bilang akan dicek admin.",
]


def _msgs(system, user="Ada promo hari ini?"):
    out = []
    if system is not None:
        out.append({"role": "system", "content": system})
    if user is not None:
        out.append({"role": "user", "content": user})
    return out


LAB2 = {
    "lab2.q1": (
        [
            lambda: ([],),
            lambda: (_msgs(None),),
            lambda: (_msgs("Kamu CS."),),
            lambda: (_msgs("Kamu CS Kopi Kita, kedai kopi di Bandung. Jawab ramah."),),
            lambda: (_msgs("You are a helpful assistant for my shop. Answer briefly and politely."),),
            lambda: (_msgs("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),),
            lambda: (_msgs(_SYS_GOOD[0], None),),
            lambda: ([{"role": "bot", "content": _SYS_GOOD[0]}, {"role": "user", "content": "Halo"}],),
            lambda: (_msgs("Kamu adalah asisten yang membantu."),),
            lambda: ("Kamu CS Seblak Teh Euis",),
        ],
        [lambda s=s: (_msgs(s),) for s in _SYS_GOOD[:8]]
        + [lambda: ([{"role": "system", "content": _SYS_GOOD[8]}, {"role": "user", "content": "Halo"},
                     {"role": "assistant", "content": "Halo kak!"}, {"role": "user", "content": "Cetak stiker?"}],),
           lambda: (_msgs(_SYS_GOOD[9], "AC saya bocor, bisa servis besok?"),)],
    ),
    "lab2.q2": (
        [lambda a=a, b=b: (a, b) for a, b in ((1.0, 0.2), (0.9, 0.9), (0, 0), (2, 2), ("0.2", "tinggi"),
                                               (0.3, None), (-1, 1), (0.5, 3), (True, 1), ("rendah", "tinggi"))],
        [lambda a=a, b=b: (a, b) for a, b in ((0, 1), (0.2, 0.9), (0.1, 0.8), ("0.3", "1.0"), ("0,2", "0,9"),
                                               (0.5, 0.7), (0, 1.2), (0.4, 1.0), (0.0, 0.75), (0.2, 1.5))],
    ),
    "lab2.q3": (
        [lambda v=v: (v,) for v in (0.93, 15345e6, 15.345, 12375, 0, 15.35, 4000, 15345 * 1000, "lima belas ribu",
                                      100_000)],
        [lambda v=v: (v,) for v in (15345, 15344, 15346, 15400, "Rp 15.345", "15345.0", 15340, 15345.00, "Rp 15.345,00",
                                      (1000 * 5000 / 1e6 * 0.15 + 1000 * 300 / 1e6 * 0.60) * 16500)],
    ),
}

# --------------------------------------------------------------------------------------------- lab 3
_LAZY_BOTS_COMMON = [
    lambda: (_bot("a", "a", "a", knowledge="seblak"),),
    lambda: (_persona(),),  # the Persona itself passed as the bot
    lambda: (_bot("Kiki", "Kopi Kita", "WhatsApp 0812-0000-0000", knowledge=SEBLAK.replace("Seblak Teh Euis",
                                                                                           "Kopi Kita")),),
    lambda: ("Seblak Teh Euis",),
    lambda: ({"name": "Kiki", "business": "Seblak Teh Euis"},),
]

LAB3 = {
    "lab3.q1": (
        _LAZY_BOTS_COMMON + [
            lambda: (_bot("Kiki", "Seblak Teh Euis", "WhatsApp", knowledge=SEBLAK),),
            lambda: (_bot("Kiki", "Seblak Teh Euis", "admin", knowledge=SEBLAK),),
            lambda: (_bot("Kiki", "usaha kami", "WA 0812-2345-6789", knowledge=SEBLAK),),
            lambda: (_bot("123", "Seblak Teh Euis", "WA 0812-2345-6789", knowledge=SEBLAK),),
            lambda: (_bot("Kiki", "Seblak Teh Euis", "-", knowledge=SEBLAK),),
        ],
        _good_bots(),
    ),
    "lab3.q2": (
        _LAZY_BOTS_COMMON[1:] + [
            lambda: (_bot(knowledge=None),),
            lambda: (_bot(knowledge="# Seblak Teh Euis"),),
            lambda: (_bot(knowledge="Seblak enak."),),
            lambda: (_bot(knowledge="Produk: -\nHarga: -\nJam buka: -\nCara pesan: -"),),
            lambda: (_bot(knowledge="Seblak Teh Euis enak sekali. " * 5),),
            lambda: (_bot(knowledge="Open daily from 11am to 9pm. Seblak costs 15k. Order via WhatsApp."),),
            lambda: (_bot(knowledge="lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod"),),
        ],
        _good_bots(),
    ),
    "lab3.q3": (
        _LAZY_BOTS_COMMON + [
            lambda: (_Echo("George Washington adalah presiden pertama Amerika Serikat, dilantik tahun 1789."),),
            lambda: (_Echo(""),),
            lambda: (_bot("Bot", "usaha kami", "", knowledge=SEBLAK),),
            lambda: (len,),
            lambda: (_bot("Kiki", "Seblak Teh Euis", "nanti", knowledge=SEBLAK),),
        ],
        _good_bots(),
    ),
}

# --------------------------------------------------------------------------------------------- lab 4


def _tpl(*messages):
    from langchain_core.prompts import ChatPromptTemplate

    return ChatPromptTemplate.from_messages(list(messages))


def _schema(name, **fields):
    from pydantic import BaseModel, Field, create_model

    return create_model(name, __base__=BaseModel,
                        **{k: (t, Field(description=d) if d is not None else ...) for k, (t, d) in fields.items()})


_TPL_GOOD = [
    (("system", "Kamu copywriter Seblak Teh Euis. Gaya santai khas Bandung."),
     ("user", "Tulis caption promo {produk} untuk {target}.")),
    (("system", "Kamu admin Bengkel Motor Jaya Abadi."), ("user", "Buat pengingat servis {layanan} untuk {nama}.")),
    (("system", "Kamu penulis menu Katering Bu Sari."), ("user", "Deskripsikan {menu} seharga {harga} singkat.")),
    (("system", "Kamu CS Les Privat Lala, bahasa sopan."), ("user", "Jelaskan les {mapel} untuk kelas {kelas}.")),
    (("system", "Kamu copywriter Thrift Kece."), ("user", "Caption {produk} ukuran {ukuran}, maksimal 2 kalimat.")),
    (("user", "Tulis ucapan untuk buket {bunga} dari Nina Florist untuk acara {acara}."),),
    (("system", "Kamu desainer Dodo Print."), ("user", "Beri ide desain {jenis} untuk {usaha} pelanggan kami.")),
    (("system", "Gaya bahasa: {gaya}."), ("user", "Promosikan {menu} Warung Asih dalam satu kalimat.")),
    (("system", "Kamu CS Rara Bakery."), ("user", "Balas pesanan kue {jenis} untuk tanggal {tanggal}.")),
    (("system", "Kamu teknisi Servis AC Pak Tono."), ("user", "Jelaskan biaya {layanan} di {kota}.")),
]
LAB4 = {
    "lab4.q1": (
        [
            lambda: (_tpl(("system", "Kamu copywriter media sosial untuk UMKM Indonesia. Gaya: {gaya}."),
                          ("user", "Tulis satu caption Instagram untuk produk {produk} dengan harga {harga}.")),),
            lambda: (_tpl(("user", "Tulis caption untuk {produk}.")),),
            lambda: ("Tulis caption {produk} untuk {target}",),
            lambda: (_tpl(("system", "Kamu copywriter."), ("user", "Tulis caption.")),),
            lambda: (_tpl(("system", "You are a copywriter for my shop."),
                          ("user", "Write a caption for {product} aimed at {audience}.")),),
            lambda: (_tpl(("user", "{a} {b}")),),
            lambda: (_tpl(("user", "{produk} {target}")),),
            lambda: ([("system", "Kamu copywriter"), ("user", "{produk} {target}")],),
            lambda: (None,),
            lambda: (_tpl(("user", "{x}{y}{z}")),),
        ],
        [lambda t=t: (_tpl(*t),) for t in _TPL_GOOD],
    ),
    "lab4.q2": (
        [
            lambda: (_schema("InfoProduk", nama=(str, "nama produk"), harga_rupiah=(int, "harga"),
                             kata_kunci=(list[str], "kata kunci")),),
            lambda: (_schema("S", caption=(str, "caption promo"), hashtags=(list[str], "hashtag")),),
            lambda: (_schema("S", caption=(str, None), hashtags=(list[str], None), ajakan=(str, None)),),
            lambda: (_schema("S", caption=(str, "c"), hashtags=(list[str], "h"), ajakan=(str, "a"))(
                caption="x", hashtags=[], ajakan="y"),),
            lambda: ({"caption": "str", "hashtags": "list", "ajakan": "str"},),
            lambda: (_schema("S", a=(str, "a"), b=(str, "b"), c=(str, "c")),),
            lambda: (_schema("S", caption=(str, "-"), hashtags=(list[str], "-"), ajakan=(str, "-")),),
            lambda: (str,),
            lambda: (_schema("S", x=(str, "x")),),
            lambda: ("class SkemaSaya(BaseModel): caption: str",),
        ],
        [lambda f=f: (_schema("SkemaSaya", **f),) for f in (
            {"caption": (str, "caption promo maksimal 2 kalimat"), "hashtags": (list[str], "3-5 hashtag"),
             "ajakan": (str, "ajakan bertindak singkat")},
            {"judul": (str, "judul promo singkat"), "harga": (int, "harga dalam rupiah"),
             "kanal": (str, "tempat pesan, misalnya WhatsApp")},
            {"nama_menu": (str, "nama menu"), "porsi": (int, "jumlah porsi minimal"),
             "deskripsi": (str, "deskripsi menggugah selera 1 kalimat")},
            {"mapel": (str, "mata pelajaran"), "jenjang": (str, "SD, SMP, atau SMA"),
             "biaya_per_sesi": (int, "biaya per sesi dalam rupiah")},
            {"produk": (str, "nama barang thrift"), "ukuran": (str, "ukuran S/M/L/XL"),
             "kondisi": (str, "kondisi barang, misalnya 9/10")},
            {"bunga": (str, "jenis bunga"), "ucapan": (str, "kalimat ucapan di kartu"),
             "warna": (list[str], "warna dominan buket")},
            {"jenis_cetak": (str, "stiker, banner, atau kartu nama"), "ukuran": (str, "ukuran cetak"),
             "harga": (int, "harga satuan rupiah")},
            {"menu": (str, "menu hari ini"), "harga": (int, "harga rupiah"), "ajakan": (str, "ajakan mampir")},
            {"kue": (str, "jenis kue"), "tanggal": (str, "tanggal ambil"), "catatan": (str, "tulisan di kue")},
            {"layanan": (str, "jenis servis AC"), "biaya": (int, "biaya rupiah"),
             "garansi": (str, "lama garansi servis")},
        )],
    ),
}


def _result_pair(fields, values):
    cls = _schema("SkemaSaya", **fields)
    return cls(**values), cls


_RES_FIELDS = {"caption": (str, "caption"), "hashtags": (list[str], "hashtag"), "ajakan": (str, "ajakan")}
LAB4["lab4.q3"] = (
    [
        lambda: ("Seblak pedas level 5, cuma Rp 15.000! #seblak",),
        lambda: (_schema("SkemaSaya", **_RES_FIELDS),),
        lambda: _result_pair(_RES_FIELDS, {"caption": "", "hashtags": [], "ajakan": ""}),
        lambda: _result_pair(_RES_FIELDS, {"caption": "Seblak!", "hashtags": [], "ajakan": "DM"}),
        lambda: ({"caption": "Seblak", "hashtags": ["#a"], "ajakan": "DM"},),
        lambda: (None,),
        lambda: (_result_pair(_RES_FIELDS, {"caption": "x", "hashtags": ["y"], "ajakan": "z"})[0],
                 _schema("Lain", nama=(str, "n"), harga=(int, "h"), kanal=(str, "k"))),
        lambda: _result_pair(_RES_FIELDS, {"caption": "____", "hashtags": ["#a"], "ajakan": "DM"}),
        lambda: ([1, 2, 3],),
        lambda: _result_pair(_RES_FIELDS, {"caption": " ", "hashtags": [""], "ajakan": " "}),
    ],
    [lambda v=v: _result_pair(_RES_FIELDS, v) for v in (
        {"caption": "Seblak level 5, berani?", "hashtags": ["#seblak", "#bandung"], "ajakan": "Pesan via WA"},
        {"caption": "Servis motor 1 jam beres.", "hashtags": ["#bengkel"], "ajakan": "Booking lewat WA"},
        {"caption": "Nasi kotak rendang Rp 25.000.", "hashtags": ["#katering", "#sleman"], "ajakan": "Email kami"},
        {"caption": "Les matematika anti pusing.", "hashtags": ["#les"], "ajakan": "DM @lesprivatlala"},
        {"caption": "Jaket denim 85 ribu.", "hashtags": ["#thrift", "#ootd"], "ajakan": "Checkout di Shopee"},
        {"caption": "Buket mawar untuk wisuda.", "hashtags": ["#florist"], "ajakan": "Chat kami"},
        {"caption": "Stiker A3 sehari jadi.", "hashtags": ["#print"], "ajakan": "Telepon kami"},
        {"caption": "Pecel pagi, murah meriah.", "hashtags": ["#pecel"], "ajakan": "Mampir ke warung"},
        {"caption": "Kue ulang tahun custom.", "hashtags": ["#kue", "#malang"], "ajakan": "Pesan H-3"},
        {"caption": "AC dingin lagi!", "hashtags": ["#servisac"], "ajakan": "Telepon Pak Tono"},
    )],
)

# --------------------------------------------------------------------------------------------- lab 5


def _app(bot):
    from gigai.apps.chat_app import build_chat_app

    return build_chat_app(bot)


def _iface(title):
    import gradio as gr

    return gr.ChatInterface(fn=lambda m, h: m, title=title, api_name="chat")


LAB5 = {
    "lab5.q1": (
        [
            lambda: (None,),
            lambda: (_bot(knowledge=SEBLAK),),
            lambda: (_app(_bot("Kiki", "Kopi Kita", "WA 0812-0000-0000", knowledge=SEBLAK)),),
            lambda: (_iface("Kopi Kita Bot"),),
            lambda: ("demo",),
            lambda: (_app(_bot("a", "a", "a", knowledge="seblak")),),
            lambda: (_iface(""),),
            lambda: (_app(_bot("Bot", "usaha kami", "", knowledge=SEBLAK)),),
            lambda: (_persona(),),
            lambda: (_iface("Chatbot"),),
        ],
        [lambda p=p, k=k: (_app(_bot(*p, knowledge=k)),) for p, k in zip(PERSONAS_GOOD, KNOWLEDGE_GOOD)],
    ),
    "lab5.q2": (
        [lambda a=a: a for a in (("local",), ("share",), ("server",), ("publik",), ("",), (None,), (1,),
                                  ("lan", ("a", "b")), ("lan", "tamu"), ("share", ("tamu", "rahasia123")))],
        [lambda a=a: a for a in (("lan",), ("LAN",), (" lan ",), ("lan", ("tamu", "kece-2026")), ("lan", None),
                                  ("Lan",), ("lan", ["tamu", "rahasia123"]), ("lan", ("teman", "seblak-enak")),
                                  ("lan\n",), ("lan", ("kelas", "bandung2026")))],
    ),
}

# --------------------------------------------------------------------------------------------- lab 6


def _sb(hook, body=("Kuah kencurnya harum, pedasnya bisa dipilih.", "Cuma Rp 15.000 seporsi."),
        cta="Pesan sekarang via WhatsApp 0812-2345-6789!", hook_s=3.0, body_s=6.0, cta_s=5.0, source="user",
        title="Seblak Teh Euis"):
    from gigai.video import Scene, Storyboard

    scenes = [Scene(narration=hook, on_screen_text=hook[:40], duration=hook_s)]
    scenes += [Scene(narration=b, on_screen_text=b[:40], duration=body_s) for b in body]
    if cta is not None:
        scenes.append(Scene(narration=cta, on_screen_text=cta[:40], duration=cta_s))
    return Storyboard(title=title, scenes=scenes, source=source)


def _template_draft():
    from gigai.video import Brief, write_storyboard

    return write_storyboard(Brief(product="Seblak Kerupuk", business="Seblak Teh Euis", audience="mahasiswa",
                                  price="Rp 15.000", cta="Pesan via WhatsApp 0812-2345-6789!"), scenes=5,
                            provider="offline")


_HOOKS_GOOD = ["Seblak paling nendang se-Cihampelas.", "Pedasnya bikin nagih!", "Ngantuk pas kelas pagi?",
               "Level 5, berani?", "Jaket denim cuma 85 ribu.", "Kamu belum pernah coba seblak kayak gini.",
               "Pulang kerja lapar? Ada yang hangat.", "Motor mogok di jalan?", "Kue ulang tahun H-1? Bisa!",
               "Rambut lepek seharian?"]
_CTAS_GOOD = ["Pesan sekarang via WhatsApp 0812-2345-6789!", "Checkout di Shopee Thrift Kece!",
              "Mampir ke Jl. Cihampelas 12, buka jam 10!", "DM @seblakteheuis buat pesan.",
              "Klik link di bio buat order.", "Cari Seblak Teh Euis di GoFood.", "Booking lewat WA 0813-1111-2222.",
              "Datang langsung ke warung kami di Pasar Baru.", "Order di Tokopedia: Dodo Print.",
              "Telepon 0812-3456-7890 untuk jadwal servis."]
LAB6 = {
    "lab6.q1": (
        [
            lambda: (_sb("Halo semuanya, selamat datang di video kami!"),),
            lambda: (_sb("Hai guys, balik lagi sama aku."),),
            lambda: (_sb("Ngantuk pas kelas pagi?", hook_s=6.0),),
            lambda: (_template_draft(),),
            lambda: (_sb("Ngantuk pas kelas pagi?", title="Kopi Kita",
                         body=("Kopi Kita buka jam 8.", "Kopi susu Rp 18.000.")),),
            lambda: (_sb("Are you hungry? Try our seblak!"),),
            lambda: (_sb("Seblak Teh Euis."),),
            lambda: (_sb("Assalamualaikum, kami dari Seblak Teh Euis."),),
            lambda: (_sb("Kami dari Seblak Teh Euis ingin memperkenalkan produk kami kepada Anda semua yang "
                         "sedang menonton video ini di rumah."),),
            lambda: ([],),
        ],
        [lambda h=h: (_sb(h),) for h in _HOOKS_GOOD],
    ),
    "lab6.q2": (
        [
            lambda: (_sb("Lapar?", cta="Terima kasih sudah menonton!"),),
            lambda: (_sb("Lapar?", cta="Follow, like, share, komen, DM, dan kunjungi toko kami!"),),
            lambda: (_sb("Lapar?", cta="Beli sekarang!"),),
            lambda: (_sb("Lapar?", cta="Order now on WhatsApp!"),),
            lambda: (_sb("Lapar?", cta="Sampai jumpa!"),),
            lambda: (_template_draft(),),
            lambda: (_sb("Lapar?", cta="Yuk!"),),
            lambda: (_sb("Lapar?", cta="Pesan via GoFood, cari Kopi Kita!", title="Kopi Kita"),),
            lambda: (_sb("Lapar?", cta=None, body=("Seblak enak.",)),),
            lambda: (_sb("Lapar?", cta="Jangan lupa subscribe dan like ya!"),),
        ],
        [lambda c=c: (_sb("Lapar?", cta=c),) for c in _CTAS_GOOD],
    ),
    "lab6.q3": (
        [
            lambda: (_sb("Lapar?", body=(), cta="Pesan via WA 0812-2345-6789"),),
            lambda: (_sb("Lapar?", body=("Seblak enak.",), body_s=2.0, cta_s=2.0, hook_s=2.0),),
            lambda: (_sb("Lapar?", body_s=40.0, cta_s=20.0),),
            lambda: (_sb("Lapar?", body=(), cta=None, hook_s=30.0),),
            lambda: (_sb("Lapar?", title="Kopi Kita", body=("Kopi Kita enak.", "Kopi Kita murah.")),),
            lambda: (_sb("Lapar?", body=("a",), body_s=4.0, cta_s=4.0, hook_s=3.0),),
            lambda: (_sb("Lapar?", body=("a", "b", "c", "d"), body_s=20.0),),
            lambda: ("30 detik",),
            lambda: (None,),
            lambda: ([{"narasi": "Lapar?", "durasi": "3 detik"}],),
        ],
        [lambda n=n, s=s: (_sb("Lapar?", body=tuple(f"Isi {i}." for i in range(n)), body_s=s),)
         for n, s in ((1, 8.0), (2, 6.0), (3, 5.0), (4, 4.0), (5, 8.0), (2, 20.0), (3, 12.0), (1, 20.0),
                      (6, 5.0), (2, 4.0))],
    ),
}

# --------------------------------------------------------------------------------------------- lab 7


@dataclass
class FakeVideo:
    """Stands for a rendered file: the facts ffprobe would report."""

    width: int | None
    height: int | None
    duration: float | None
    has_audio: bool

    def facts(self) -> dict[str, Any]:
        return {"width": self.width, "height": self.height, "duration": self.duration,
                "has_audio": self.has_audio}


def _v(w=1080, h=1920, d=14.0, a=True):
    return FakeVideo(w, h, d, a)


_SB7 = lambda: _sb("Lapar?", body=("Seblak kencur.",), body_s=6.0)  # noqa: E731  3 + 6 + 5 = 14 s
_LAZY7_COMMON = [
    lambda: (None, _SB7()),
    lambda: ("video_saya.mp4", _SB7()),
    lambda: (_v(), _sb("Lapar?", title="Kopi Kita", body=("Kopi Kita enak.",))),
]
LAB7 = {
    "lab7.q1": (
        _LAZY7_COMMON + [lambda a=a: (a, _SB7()) for a in (
            _v(1920, 1080), _v(1080, 1080), _v(1280, 720), _v(None, None), _v(1080, 1350), _v(2160, 3840 // 3),
            _v(640, 480))],
        [lambda a=a: (a, _SB7()) for a in (
            _v(), _v(540, 960), _v(720, 1280), _v(1080, 1920, 30.0), _v(1080, 1920, a=False), _v(360, 640),
            _v(1440, 2560), _v(1080, 1920, 14.2), _v(2160, 3840), _v(576, 1024))],
    ),
    "lab7.q2": (
        _LAZY7_COMMON + [lambda a=a: (a, _SB7()) for a in (
            _v(a=False), _v(540, 960, a=False), _v(1920, 1080, a=False), _v(720, 1280, 14.0, False),
            _v(1080, 1920, 3.0, False), _v(1080, 1920, 60.0, False), _v(360, 640, a=False))],
        [lambda a=a: (a, _SB7()) for a in (
            _v(), _v(540, 960), _v(720, 1280), _v(1920, 1080), _v(1080, 1920, 30.0), _v(360, 640), _v(d=13.9),
            _v(d=14.5), _v(1440, 2560), _v(576, 1024))],
    ),
    "lab7.q3": (
        _LAZY7_COMMON + [lambda a=a: (a, _SB7()) for a in (
            _v(d=30.0), _v(d=5.0), _v(d=None), _v(d=20.0), _v(d=8.0), _v(d=45.0))] + [lambda: (_v(), None)],
        [lambda a=a: (a, _SB7()) for a in (
            _v(d=14.0), _v(d=14.4), _v(d=13.6), _v(d=15.0), _v(d=13.0), _v(540, 960, 14.0), _v(d=14.9),
            _v(d=13.2), _v(720, 1280, 14.1), _v(d=14.05))],
    ),
}

# --------------------------------------------------------------------------------------------- lab 8


def _b():
    import gigai.business as b

    return b


_COSTS = {"Kuota HP + wifi kos": 200_000, "Penyusutan laptop bekas": 120_000, "Canva Pro": 60_000}
_IDEAS_GOOD = [
    ("Jasa chatbot dan video promo untuk warung seblak di Bandung", {"channels": ["Datang ke warung sekitar kampus"]}),
    ("Chatbot WhatsApp untuk bengkel motor di Medan", {"customer_segments": ["Bengkel motor 1-3 montir di Medan"]}),
    ("Video TikTok untuk toko kue rumahan di Makassar", {"channels": ["Titip brosur di toko bahan kue"]}),
    ("Admin media sosial untuk katering rumahan di Sleman", {"key_partners": ["Grup PKK perumahan"]}),
    ("Jasa caption dan video Reels untuk thrift shop di Jogja", {"revenue_streams": ["Paket 8 video per bulan"]}),
    ("Chatbot pemesanan untuk florist di Medan", {"customer_segments": ["Florist dekat kampus USU"]}),
    ("Video promo untuk percetakan kecil di Surabaya", {"channels": ["Instagram @dodoprint", "Datang langsung"]}),
    ("Jasa chatbot les privat untuk guru les di Depok", {"value_propositions": ["Orang tua dapat jadwal tanpa menunggu"]}),
    ("Konten TikTok untuk servis AC di Bogor", {"customer_segments": ["Teknisi AC yang belum punya akun TikTok"]}),
    ("Chatbot menu untuk angkringan di Solo", {"channels": ["Paguyuban angkringan Solo"],
                                               "key_activities": ["Memotret menu setiap bulan"]}),
]


def _canvas(idea, **edits):
    c = _b().draft_canvas(idea)
    return c.edit(**edits) if edits else c


def _rate(target=3_500_000, hours=18, costs=None, **kw):
    return _b().rate_calculator(target, hours, costs if costs is not None else _COSTS, **kw)


@dataclass
class _FakeRate:
    hourly: float
    billable_hours_per_month: float
    target_monthly_income: float
    monthly_costs: dict
    tax: float = 0.0
    billable_hours_per_week: float = 18


def _tiers(first=("Chatbot menu seblak (20 tanya-jawab)", "Panduan admin 1 halaman")):
    tiers = [dict(t) for t in _b().DEFAULT_TIERS["chatbot"]]
    if first is not None:
        tiers[0]["deliverables"] = list(first)
    return tiers


_OUTREACH_GOOD = [
    "Halo Teh Euis, saya Dinda dari Bandung. Saya lihat Seblak Teh Euis sering dapat chat tanya menu sampai malam. "
    "Saya bisa buatkan chatbot yang menjawab menu dan harga otomatis. Boleh saya kirim demo gratisnya besok?",
    "Selamat siang Pak Jaya, saya Putri. Bengkel Bapak ramai, tapi chat antrean servis sering telat dibalas. "
    "Saya sudah siapkan contoh chatbot antrean untuk bengkel. Kapan Bapak ada waktu 10 menit untuk saya tunjukkan?",
    "Halo Bu Sari, pelanggan katering Ibu sering tanya menu lewat WA. Saya bisa buat bot yang menjawab menu dan "
    "harga, paket mulai Rp 900.000. Mau saya kirim contohnya?",
    "Kak Lala, saya lihat konten les privatnya jarang diunggah. Saya bisa buat 4 video Reels sebulan, contoh "
    "gratis satu video dulu. Boleh saya buatkan minggu ini?",
    "Halo Thrift Kece! Saya Raka, saya suka koleksi jaketnya. DM kalian pasti banyak yang tanya ukuran; saya bisa "
    "buat chatbot yang menjawab ukuran dan stok. Boleh saya tunjukkan demonya lewat WA?",
    "Selamat pagi Kak Nina, pesanan buket lewat chat pasti menumpuk menjelang wisuda. Saya menawarkan chatbot "
    "pemesanan, ada trial 2 minggu gratis. Bisa saya telepon sebentar besok?",
    "Halo Mas Dodo, saya Fajar. Saya lihat Dodo Print belum punya video promo. Saya bisa buat video 30 detik, "
    "harga mulai Rp 150.000. Boleh saya kirim contoh videonya?",
    "Bu Asih, warungnya ramai pagi hari dan banyak pesan antar lewat DM. Saya bisa bantu buat bot yang menjawab "
    "menu otomatis; demo gratis dengan menu Ibu. Kapan saya boleh mampir?",
    "Halo Kak Rara, pelanggan Rara Bakery sering tanya harga kue ulang tahun. Saya bisa buat chatbot yang menjawab "
    "harga dan cara pesan, paket Rp 1,2 juta. Mau saya jadwalkan demo 10 menit?",
    "Permisi Pak Tono, saya Bima. Jadwal servis AC Bapak lewat telepon pasti sibuk. Saya tawarkan chatbot "
    "penjadwalan, coba gratis seminggu. Boleh saya kirim link demonya lewat WhatsApp?",
]
_PORTFOLIO_GOOD = [
    ("Chatbot menu Seblak Teh Euis", "Seblak Teh Euis (proyek latihan)", "Pemilik menjawab puluhan chat menu tiap malam.",
     "Chatbot dari daftar menu dan FAQ.", "Dalam uji coba, 18 dari 20 pertanyaan terjawab otomatis."),
    ("Bot antrean Bengkel Jaya", "Bengkel Motor Jaya Abadi", "Antrean servis ditanyakan berulang lewat WA.",
     "Bot yang menjawab jam buka dan antrean.", "Admin hemat sekitar 40 menit per hari."),
    ("Video promo Katering Bu Sari", "Katering Bu Sari", "Tidak ada konten promo di Instagram selama 3 bulan.",
     "Tiga video Reels 9:16 dengan narasi.", "3 video terunggah, 1 pesanan baru dari Reels pertama."),
    ("Reels Les Privat Lala", "Les Privat Lala", "Orang tua murid tidak tahu jadwal les yang kosong.",
     "Video jadwal mingguan dan chatbot daftar.", "5 murid baru dalam 2 minggu."),
    ("Chatbot ukuran Thrift Kece", "Thrift Kece", "DM dibanjiri pertanyaan ukuran yang sama.",
     "Chatbot yang menjawab ukuran dan stok.", "70% pertanyaan ukuran terjawab tanpa admin."),
    ("Bot pesanan Nina Florist", "Nina Florist Medan", "Pesanan wisuda menumpuk di chat pribadi.",
     "Chatbot pemesanan dengan daftar buket.", "Waktu balas turun dari 2 jam ke 5 menit."),
    ("Video Dodo Print", "Dodo Print Surabaya", "Belum ada contoh hasil cetak di media sosial.",
     "Dua video sebelum-sesudah cetak stiker.", "Video pertama ditonton 1.200 kali."),
    ("Bot menu Warung Asih", "Warung Asih", "Pesan antar lewat DM sering terlewat saat jam sibuk.",
     "Chatbot menu dan ongkir.", "Dalam seminggu 25 pesanan dicatat bot."),
    ("Chatbot Rara Bakery", "Rara Bakery", "Harga kue ulang tahun ditanyakan ulang setiap hari.",
     "Bot harga dan cara pesan kue.", "12 pesanan kue lewat bot bulan pertama."),
    ("Jadwal servis AC Pak Tono", "Jasa Servis AC Pak Tono", "Telepon jadwal servis sering tidak terangkat.",
     "Chatbot penjadwalan dan pengingat.", "30 jadwal servis tercatat tanpa telepon."),
]


def _portfolio(*parts):
    t, c, p, s, r = parts
    return _b().portfolio_piece(t, client=c, problem=p, solution=s, result=r)


LAB8 = {
    "lab8.q1": (
        [
            lambda: (_canvas(_IDEAS_GOOD[0][0]),),
            lambda: (_canvas("Jasa chatbot WhatsApp dan video promo untuk usaha laundry di Bandung", channels=["IG"]),),
            lambda: (_canvas("Chatbot untuk Kopi Kita di Jakarta", channels=["IG @kopikita"]),),
            lambda: (_canvas(_IDEAS_GOOD[1][0], channels=[]),),
            lambda: ({"channels": ["x"]},),
            lambda: (_canvas("a", channels=["x"]),),
            lambda: (_canvas("Chatbot service for bakeries in Jakarta", channels=["Instagram ads"]),),
            lambda: (_canvas(_IDEAS_GOOD[2][0], channels=["-"]),),
            lambda: (_canvas(_IDEAS_GOOD[3][0], channels=["x"]),),
            lambda: (_canvas("usaha", customer_segments=["UMKM"]),),
        ],
        [lambda i=i, e=e: (_canvas(i, **e),) for i, e in _IDEAS_GOOD],
    ),
    "lab8.q2": (
        [
            lambda: (_rate(5_000_000, 20, dict(_b().EXAMPLE_MONTHLY_COSTS)),),
            lambda: (_rate(500_000, 18),),
            lambda: (_rate(costs={"Laptop": 100_000, "Kuota": 100_000}),),
            lambda: (_rate(costs={"Laptop": 100_000, "Canva": 60_000, "Listrik": 100_000}),),
            lambda: (_rate(hours=60),),
            lambda: (_FakeRate(10_000, 60, 3_500_000, dict(_COSTS)),),
            lambda: ({"hourly": 50_000},),
            lambda: (50_000,),
            lambda: (_rate(costs={"Kuota": 1, "Laptop": 1, "Canva": 1}, target=1_000_000),),
            lambda: (_rate(costs={"____": 0, "Kuota": 100_000, "Laptop": 100_000}),),
        ],
        [lambda a=a: (_rate(*a[:2], a[2]),) for a in (
            (3_500_000, 18, _COSTS),
            (4_000_000, 20, {"Paket data": 150_000, "Laptop": 200_000, "Listrik": 80_000}),
            (2_500_000, 15, {"Langganan IndiHome": 330_000, "Canva Pro": 60_000, "Transport": 200_000}),
            (6_000_000, 25, {"Internet rumah": 350_000, "Sewa coworking": 500_000, "API LLM": 150_000}),
            (3_000_000, 12, {"Pulsa + kuota": 100_000, "Penyusutan HP": 150_000, "Software": 50_000,
                             "BPJS Kesehatan kelas 3": 35_000}),
            (5_000_000, 30, {"WiFi kos": 150_000, "Laptop cicilan": 600_000, "Adobe": 300_000}),
            (2_000_000, 10, {"kuota": 80_000, "bensin": 200_000, "jajan kerja": 150_000}),
            (8_000_000, 25, {"Internet": 400_000, "Asuransi": 300_000, "Akuntan": 250_000, "Iklan": 500_000}),
            (4_500_000, 22, {"Data seluler": 120_000, "Laptop": 250_000, "Hosting demo": 100_000}),
            (3_200_000, 16, {"Wifi": 200_000, "Laptop": 150_000, "Langganan ChatGPT": 330_000}),
        )],
    ),
    "lab8.q3": (
        [
            lambda: (_b().running_cost(600, hosting="laptop"),),
            lambda: (_b().running_cost(0, hosting="vps"),),
            lambda: (_b().running_cost(10, hosting="vps"),),
            lambda: (_b().running_cost(600, hosting="laptop", api_budget=0),),
            lambda: ({"hosting": "vps", "total": 100_000},),
            lambda: ("vps",),
            lambda: (100_000,),
            lambda: (_b().running_cost(20, hosting="paas"),),
            lambda: (_b().running_cost(1_000, hosting="laptop"),),
            lambda: (None,),
        ],
        [lambda n=n, h=h: (_b().running_cost(n, hosting=h),) for n, h in (
            (600, "vps"), (900, "vps"), (1_500, "paas"), (300, "hf_pro"), (50, "vps"), (3_000, "paas"),
            (1_000, "vps"), (450, "paas"), (5_000, "vps"), (120, "hf_pro"))],
    ),
}


def _price_case(hours, factor=1.0, extra=True, target=3_500_000):
    rate = _rate(target)
    bot = _b().running_cost(600, hosting="vps")
    floor = rate.hourly * hours + (bot.total if extra else 0)
    return (round(floor * factor), hours, rate, bot)


LAB8["lab8.q4"] = (
    [
        lambda: _price_case(14, 0.5),
        lambda: _price_case(14, 10),
        lambda: _price_case(14, 1.0, extra=False),
        lambda: (1_000_000, 0, _rate(), _b().running_cost(600)),
        lambda: (1_000_000, 500, _rate(), _b().running_cost(600)),
        lambda: (1_000_000, None, None, None),
        lambda: ("murah", 14, _rate(), _b().running_cost(600)),
        lambda: (-5, 14, _rate(), _b().running_cost(600)),
        lambda: _price_case(30, 0.9),
        lambda: _price_case(8, 6),
    ],
    [lambda h=h, f=f: _price_case(h, f) for h, f in ((14, 1.0), (14, 1.2), (10, 1.0), (20, 1.5), (8, 2.0),
                                                     (30, 1.1), (5, 3.0), (12, 1.05), (40, 1.0), (16, 2.5))],
)


def _packages(first=("Chatbot menu seblak (20 tanya-jawab)", "Panduan admin 1 halaman"), **kw):
    b = _b()
    return (b.package_tiers(_rate(), tiers=_tiers(first), **kw), _rate())


LAB8["lab8.q5"] = (
    [
        lambda: (_b().package_tiers(_rate(), service="chatbot"), _rate()),
        lambda: (_b().package_tiers(_rate(), tiers=_tiers()[:2]), _rate()),
        lambda: _packages(("____",)),
        lambda: (_b().package_tiers(_rate(), tiers=list(reversed(_tiers()))), _rate()),
        lambda: _packages(("Chatbot Kopi Kita",)),
        lambda: ([{"name": "Basic", "price": 100, "deliverables": ["x"]}], _rate()),
        lambda: ("Basic, Standard, Premium", _rate()),
        lambda: (None, _rate()),
        lambda: ([{"name": n, "price": p, "hours": 10, "deliverables": ["Chatbot seblak"]}
                  for n, p in (("Basic", 100_000), ("Standard", 200_000), ("Premium", 300_000))], _rate()),
        lambda: _packages(("Chatbot menu", "Laundry Bersih Kilat")),
    ],
    [lambda f=f: _packages(f) for f in (
        ("Chatbot menu seblak (20 tanya-jawab)", "Panduan admin 1 halaman"),
        ("Bot antrean servis motor", "Daftar 15 pertanyaan rutin"),
        ("Chatbot menu nasi kotak", "Update menu 1x sebulan"),
        ("Bot jadwal les", "Panduan untuk orang tua"),
        ("Chatbot ukuran dan stok thrift",),
        ("Bot pesanan buket", "Template balasan wisuda"),
        ("Chatbot harga cetak stiker dan banner",),
        ("Bot menu warung dan ongkir", "Kartu QR di meja"),
        ("Chatbot harga kue ulang tahun", "Foto katalog 10 kue"),
        ("Bot jadwal servis AC", "Pengingat servis 6 bulanan"),
    )],
)
LAB8["lab8.q6"] = (
    [lambda v=v: (v,) for v in (
        "Halo kak, saya freelancer AI. Saya bisa bikin chatbot dan video. Kalau butuh, hubungi saya ya. Terima kasih.",
        "Halo",
        "Hi Teh Euis, I noticed your seblak shop gets many chats at night. I can build a chatbot that answers the "
        "menu automatically. Can I send you a free demo tomorrow?",
        "Halo Teh Euis, saya Dinda. " * 40,
        "Halo Teh Euis, saya Dinda dari Bandung. Saya mahasiswa yang suka teknologi dan sedang belajar AI. "
        "Salam kenal ya teh, semoga usahanya lancar selalu.",
        "Halo Kopi Kita, chat pelanggan kalian pasti menumpuk. Saya bisa buatkan chatbot, demo gratis. Boleh?",
        "____",
        "Halo Teh Euis, chat pelanggan sering menumpuk ya. Saya bisa buat chatbot. Demo gratis tersedia.",
        "BELI SEKARANG!!! JASA CHATBOT MURAH MERIAH, DISKON 50%, HUBUNGI SAYA SEGERA, PROMO TERBATAS!!!",
        "Saya bisa bikin chatbot.",
    )],
    [lambda v=v: (v,) for v in _OUTREACH_GOOD],
)
LAB8["lab8.q7"] = (
    [
        lambda: (_portfolio("Chatbot", "Seblak Teh Euis", "Chat pelanggan banyak sekali.", "Saya buat chatbot.",
                            "Hasilnya bagus dan pemilik senang."),),
        lambda: (_portfolio("Chatbot", "Seblak Teh Euis", "Banyak chat.", "Chatbot.", "Bagus 10."),),
        lambda: (_portfolio("Chatbot Kopi Kita", "Kopi Kita", "Pemilik menjawab puluhan chat tiap malam.",
                            "Chatbot dari daftar menu.", "18 dari 20 pertanyaan terjawab."),),
        lambda: (_portfolio("____", "____", "____", "____", "____"),),
        lambda: ({"title": "Chatbot"},),
        lambda: ("Chatbot seblak, hasil 20 chat",),
        lambda: (None,),
        lambda: (_portfolio("Chatbot", "Seblak Teh Euis", "The owner answered many chats every night.",
                            "A chatbot built from the menu and FAQ.", "18 of 20 questions were answered."),),
        lambda: (_portfolio("Bot", "Klien", "Masalahnya adalah masalah.", "Solusinya adalah solusi.",
                            "Hasilnya adalah hasil 1."),),
        lambda: (_portfolio("Chatbot", "Laundry Bersih Kilat", "Pemilik kewalahan menjawab chat harga.",
                            "Chatbot harga per kilo.", "15 pertanyaan terjawab otomatis."),),
    ],
    [lambda p=p: (_portfolio(*p),) for p in _PORTFOLIO_GOOD],
)

# --------------------------------------------------------------------------------------------- lab 9
_BRIEFS_GOOD = [
    "Klien: Seblak Teh Euis\nDinda, ini Teh Euis. Warung seblak teteh di Cihampelas tiap malam banyak chat nanya "
    "menu dan level pedas, teteh kewalahan. Mau dibuatkan chatbot, kalau bisa 1 minggu. Budget 1,5 juta.",
    "Klien: Bengkel Motor Jaya Abadi\nMas, bengkel saya di Medan sering ditanya antrean servis lewat WA. Mau "
    "chatbot antrean, selesai 10 hari, budget 2 juta.",
    "Klien: Katering Bu Sari\nSelamat siang, saya Sari, katering rumahan di Sleman. Saya butuh 3 video Reels promo "
    "nasi kotak untuk bulan depan. Budget sekitar Rp 1 juta.",
    "Klien: Les Privat Lala\nKak, aku buka les privat SD di Depok. Orang tua sering tanya jadwal kosong. Bisa "
    "bikinin chatbot jadwal dan 2 video TikTok? Deadline 2 minggu.",
    "Klien: Thrift Kece\nHalo! Kami thrift shop di Jogja, DM penuh pertanyaan ukuran. Butuh chatbot ukuran dan "
    "stok, budget Rp 1.200.000, selesai sebelum tanggal 20.",
    "Klien: Nina Florist\nHai, saya Nina, florist di Medan. Menjelang wisuda pesanan buket lewat chat menumpuk. "
    "Mau chatbot pemesanan. Kira-kira berapa ya?",
    "Klien: Dodo Print\nMas, percetakan saya di Surabaya belum punya konten. Tolong buatkan 4 video promo 9:16 "
    "untuk Instagram, budget 800 ribu, 10 hari.",
    "Klien: Warung Asih\nNak, warung ibu di Solo ramai pesan antar lewat DM, sering kelewat. Ibu mau bot yang "
    "jawab menu dan ongkir. Bisa seminggu?",
    "Klien: Rara Bakery\nKak, toko kue aku di Malang sering ditanya harga kue ultah. Pengen chatbot + 2 video "
    "promo, budget 2,5 juta, 3 minggu.",
    "Klien: Jasa Servis AC Pak Tono\nSaya Tono, servis AC di Bogor. Jadwal servis lewat telepon sering kacau. "
    "Butuh chatbot penjadwalan, budget 1,8 juta.",
]


def _proposal(brief, freelancer="Dinda", contact="WA 0812-9999-8888"):
    return _b().draft_proposal(brief, rate=_rate(), freelancer=freelancer, contact=contact)


LAB9 = {
    "lab9.q1": (
        [lambda br=br, f=f: (_proposal(br, f), br) for br, f in (
            ("Teh Euis mau chatbot buat seblaknya", "Dinda"),
            ("Hi, I run a seblak shop in Bandung called Seblak Teh Euis. Many customers chat at night asking "
             "about the menu. I need a chatbot within a week. Budget 1.5 million.", "Dinda"),
            ("Klien: Laundry Bersih Kilat\nHalo kak, kami laundry di Bandung. Mau dibuatkan chatbot WhatsApp dan "
             "3 video TikTok promo.", "Dinda"),
            (_BRIEFS_GOOD[0], ""),
            ("Klien: a\nbikin bot", "Dinda"),
            ("Klien: Seblak Teh Euis\nHalo kak, salam kenal ya.", "Dinda"),
            ("Klien: Kopi Kita\nMau chatbot buat kedai kopi, budget 1 juta.", "Dinda"),
            ("Halo, mau tanya-tanya dulu boleh? Nanti saya kabari lagi ya kak.", "Dinda"),
            ("Klien: Seblak Teh Euis\nchatbot", "Dinda"),
            ("Ini brief klien saya untuk proyek chatbot dan video yang akan saya kerjakan minggu depan.", "Dinda"),
        )],
        [lambda br=br: (_proposal(br), br) for br in _BRIEFS_GOOD],
    ),
}


def _q(*lines, **kw):
    return _b().quote(list(lines), **kw)


LAB9["lab9.q2"] = (
    [
        lambda: (_q(("Setup chatbot FAQ laundry", 850_000), ("Video promo TikTok 9:16", 150_000)),),
        lambda: (_q(("Chatbot seblak", 1, 0)),),
        lambda: (_q(("____", 1, 0), ("____", 2, 0)),),
        lambda: (_q(("Chatbot seblak", 1, 1_000_000), ppn=0.5),),
        lambda: ("Rp 1.500.000",),
        lambda: (_q(("Chatbot Kopi Kita", 1, 1_000_000)),),
        lambda: ({"lines": [], "total": 0},),
        lambda: (None,),
        lambda: (1_500_000,),
        lambda: (_q(("Chatbot Laundry Bersih Kilat", 1, 900_000)),),
    ],
    [lambda ls=ls: (_q(*ls),) for ls in (
        (("Chatbot menu seblak", 1, 1_050_000), ("Hosting + API bulan pertama", 1, "bulan", 110_000)),
        (("Chatbot antrean servis", 1, 1_200_000),),
        (("Video Reels nasi kotak", 3, 250_000),),
        (("Chatbot jadwal les", 1, 900_000), ("Video TikTok", 2, 200_000)),
        (("Chatbot ukuran dan stok", 1_150_000),),
        (("Chatbot pemesanan buket", 1, 1_300_000), ("Hosting 24 jam bulan pertama", 1, "bulan", 100_000)),
        (("Video promo 9:16", 4, 180_000),),
        (("Bot menu dan ongkir", 1, 850_000),),
        (("Chatbot harga kue", 1, 1_400_000), ("Video promo kue", 2, 300_000)),
        (("Chatbot penjadwalan servis AC", 1, 1_500_000), ("API LLM bulan pertama", 1, "bulan", 60_000)),
    )],
)


def _final(brief_i=0, lines=(("Chatbot menu", 1, 1_000_000),), **kw):
    p = _b().draft_proposal(_BRIEFS_GOOD[brief_i], rate=_rate(), freelancer="Dinda", contact="WA 0812-9999-8888",
                            **kw)
    q = _q(*lines)
    return p, q, p.with_quote(q)


LAB9["lab9.q3"] = (
    [
        lambda: (lambda p, q, f: (p, q))(*_final()),
        lambda: (lambda p, q, f: (f, None))(*_final()),
        lambda: (lambda p, q, f: (f, _q(("Lain", 1, 5_000))))(*_final()),
        lambda: (lambda p, q, f: (f.model_copy(update={"dp": 0.9}), q))(*_final()),
        lambda: (lambda p, q, f: (f.model_copy(update={"revisions": 0}), q))(*_final()),
        lambda: (lambda p, q, f: (f.model_copy(update={"revisions": 20}), q))(*_final()),
        lambda: ("proposal final", None),
        lambda: (None, None),
        lambda: (lambda p, q, f: (f.model_copy(update={"dp": 0.1}), q))(*_final()),
        lambda: (lambda p, q, f: (p, q))(*_final(3)),
    ],
    [lambda i=i, ls=ls: (lambda p, q, f: (f, q))(*_final(i, ls)) for i, ls in (
        (0, (("Chatbot menu", 1, 1_000_000),)), (1, (("Chatbot antrean", 1, 1_200_000),)),
        (2, (("Video Reels", 3, 250_000),)), (3, (("Chatbot", 1, 900_000), ("Video", 2, 200_000))),
        (4, (("Chatbot ukuran", 1_150_000),)), (5, (("Chatbot buket", 1, 1_300_000),)),
        (6, (("Video 9:16", 4, 180_000),)), (7, (("Bot menu", 1, 850_000),)),
        (8, (("Chatbot kue", 1, 1_400_000), ("Video", 2, 300_000))), (9, (("Chatbot AC", 1, 1_500_000),)),
    )],
)


def _spk(i=0, rep="Teh Euis (pemilik)", city="Bandung"):
    _, _, f = _final(i)
    return _b().draft_contract(f, client_rep=rep, city=city), f


LAB9["lab9.q4"] = (
    [
        lambda: _spk(rep=""),
        lambda: _spk(rep="____", city="____"),
        lambda: ("SPK untuk Seblak Teh Euis",),
        lambda: (None,),
        lambda: (_spk()[0], _final(1, (("Lain", 1, 5_000_000),))[2]),
        lambda: (lambda p, q, f: (_b().draft_contract(f.model_copy(update={"client": "Kopi Kita"}),
                                                      client_rep="Pak Budi", city="Bandung"), None))(*_final()),
        lambda: ({"client": "Seblak Teh Euis", "client_rep": "Teh Euis"},),
        lambda: (lambda p, q, f: (_b().draft_contract(f.model_copy(update={"client": "Laundry Bersih Kilat"}),
                                                      client_rep="Bu Rina", city="Bandung"), None))(*_final()),
        lambda: (_spk()[1],),
        lambda: _spk(rep="   "),
    ],
    [lambda i=i, r=r, c=c: _spk(i, r, c) for i, r, c in (
        (0, "Teh Euis (pemilik)", "Bandung"), (1, "Pak Jaya (pemilik)", "Medan"), (2, "Bu Sari", "Sleman"),
        (3, "Kak Lala (pemilik)", "Depok"), (4, "Mas Raka, pemilik", "Yogyakarta"), (5, "Nina", "Medan"),
        (6, "Mas Dodo (pemilik)", "Surabaya"), (7, "Bu Asih", "Solo"), (8, "Rara (owner)", "Malang"),
        (9, "Pak Tono (pemilik)", ""))],
)


def _inv(i=0, bank="BCA 1234567890 a.n. Dinda", stage="dp"):
    _, _, f = _final(i)
    return _b().invoice_for(f, stage, bank=bank), f


LAB9["lab9.q5"] = (
    [
        lambda: _inv(bank=""),
        lambda: _inv(bank="BCA"),
        lambda: _inv(bank="____"),
        lambda: (_inv()[0], _final(1, (("Lain", 1, 5_000_000),))[2]),
        lambda: ("Invoice DP Rp 500.000",),
        lambda: (None,),
        lambda: (lambda p, q, f: (_b().invoice_for(f.model_copy(update={"client": "Kopi Kita"}), "dp",
                                                   bank="BCA 1234567890"), None))(*_final()),
        lambda: _inv(bank="transfer saja"),
        lambda: ({"amount": 500_000, "bank": "BCA 1234567890"},),
        lambda: _inv(bank="e-wallet"),
    ],
    [lambda i=i, b=b: _inv(i, b) for i, b in (
        (0, "BCA 1234567890 a.n. Dinda"), (1, "Mandiri 1234567890 a.n. Putri"), (2, "BRI 0123-01-000123-50-9"),
        (3, "GoPay 0812-9999-8888 a.n. Dinda"), (4, "DANA 081299998888"), (5, "BNI 0987654321 a.n. Dinda"),
        (6, "Jago 1029384756"), (7, "OVO 0812 9999 8888"), (8, "BSI 7123456789 a.n. Dinda"),
        (9, "SeaBank 901234567890"))],
)


def _pdf(tmp, i=0, client=None):
    _, _, f = _final(i)
    if client:
        f = f.model_copy(update={"client": client})
    return (f.to_pdf(tmp / f"proposal_{i}_{client or 'own'}.pdf"),)


def _file(tmp, name, data):
    path = tmp / name
    path.write_bytes(data)
    return (path,)


# lab9.q6 builders take the test's tmp folder.
LAB9_Q6 = (
    [
        lambda tmp: (tmp / "tidak_ada.pdf",),
        lambda tmp: _file(tmp, "bukan.pdf", b"bukan pdf" * 500),
        lambda tmp: _file(tmp, "kosong.pdf", b"%PDF-1.4\n"),
        lambda tmp: _pdf(tmp, 0, "Kopi Kita"),
        lambda tmp: _pdf(tmp, 0, "Laundry Bersih Kilat"),
        lambda tmp: (None,),
        lambda tmp: ("hasil/proposal_saya.pdf",),
        lambda tmp: _file(tmp, "teks.txt", b"Proposal Rp 1.000.000 " * 100),
        lambda tmp: (str(tmp),),
        lambda tmp: _file(tmp, "gambar.pdf", b"\x89PNG\r\n" + b"0" * 2000),
    ],
    [lambda tmp, i=i: _pdf(tmp, i) for i in range(10)],
)

LAB9["lab9.q7"] = (
    [lambda a=a: (a,) for a in (
        None, "hasil/pitch.mp4", _v(a=False), _v(d=5.0), _v(d=120.0), _v(None, None, 30.0, True),
        _v(d=None), _v(1080, 1920, 8.0, True), _v(1080, 1920, 95.0, True), _v(540, 960, 30.0, False))],
    [lambda a=a: (a,) for a in (
        _v(d=30.0), _v(d=15.0), _v(d=60.0), _v(540, 960, 20.0), _v(1920, 1080, 45.0), _v(720, 1280, 25.0),
        _v(d=12.0), _v(d=88.0), _v(1080, 1080, 30.0), _v(360, 640, 40.0))],
)

CASES: dict[str, tuple[list, list]] = {**LAB1, **LAB2, **LAB3, **LAB4, **LAB5, **LAB6, **LAB7, **LAB8, **LAB9}


def exercise(key: str):
    import importlib

    lab, q = key.split(".")
    return getattr(importlib.import_module(f"gigai.latihan.{lab}"), q)


def run_case(key: str, build, tmp=None):
    """(status, reason) of one case; video facts are faked for lab 7 and lab 9 q7."""
    from unittest import mock

    import gigai.latihan._util as util

    try:
        args = build(tmp) if key == "lab9.q6" else build()
    except Exception as exc:  # noqa: BLE001 - gigai refused to even build this answer (a lazy one)
        return "build_error", f"{type(exc).__name__}: {exc}"

    def facts(path):
        if isinstance(path, FakeVideo):
            return path.facts()
        return util.video_facts.__wrapped__(path) if hasattr(util.video_facts, "__wrapped__") else _real(path)

    _real = util.video_facts
    patches = [mock.patch.object(util, "video_facts", facts)]
    for mod in ("gigai.latihan.lab7", "gigai.latihan.lab9"):
        import importlib

        m = importlib.import_module(mod)
        if hasattr(m, "video_facts"):
            patches.append(mock.patch.object(m, "video_facts", facts))
    for p in patches:
        p.start()
    try:
        result = exercise(key).evaluate(*args, ns={})
    finally:
        for p in patches:
            p.stop()
    return result.status, result.id


def figures(tmp) -> dict[str, tuple[int, int, int, int]]:
    """key -> (lazy caught, lazy total, reasonable passed, reasonable total)."""
    from gigai.latihan.core import CORRECT

    out = {}
    tables = dict(CASES)
    tables["lab9.q6"] = LAB9_Q6
    for key, (lazy, good) in tables.items():
        caught = sum(run_case(key, b, tmp)[0] != CORRECT for b in lazy)
        passed = sum(run_case(key, b, tmp)[0] == CORRECT for b in good)
        out[key] = (caught, len(lazy), passed, len(good))
    return out


if __name__ == "__main__":
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        total = [0, 0, 0, 0]
        for key, row in figures(Path(d)).items():
            print(f"{key:9} lazy caught {row[0]:2}/{row[1]:2}   reasonable passed {row[2]:2}/{row[3]:2}")
            total = [a + b for a, b in zip(total, row)]
        print(f"ALL       lazy caught {total[0]}/{total[1]}   reasonable passed {total[2]}/{total[3]}")
