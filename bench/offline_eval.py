"""Offline engine figures: accuracy, concision, refusals on tests/eval, and ms per answer on a 50-passage base.

python bench/offline_eval.py          (make bench runs it)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


HOLDOUTS = {
    "catering-dapur-ibu": "80.8% (ongkir/kena, paling lambat, soft-only questions naming the business)",
    "salon-cantika": "96.2% (one English verb)",
    "rental-kamera-lensa": "73.1% (telat ~ terlambat, model codes X-T30, shortened names and typos)",
    "toko-kue-manis": "84.6% (variants of one item keep its name, % reads as persen)",
    "kos-putri-melati": "73.1% (English glossary, distance, visitors, security words)",
    "servis-ac-sejuk": "61.5% (variant items keep context, FAQ questions count as the fact's words, area words)",
    "percetakan-kilau": "84.6% (only the head noun of the business kind is generic, tf, format, print ~ cetak)",
    "warung-bu-tini": "69.2% (words as written beat synonyms, 'paket A' is one word, online/soup/capacity words)",
    "les-privat-cerdas": "0.0% (the word 'privat' in its heading held the whole file back as an internal note)",
    "klinik-hewan-sentosa": "50.0% (drh. abbreviation, vet words, 'daerah mana', English plurals)",
    "barbershop-gentle": "71.4% ('cat rambut' is not a cat, 'potong rambut' is not a discount, multi-part items)",
    "travel-umroh-amanah": "60.7% (table columns named in each row, compounds: 'paket keluarga', slang first)",
}
# Pass 1: six businesses in new domains, questions written before any run. Fixes were made on
# the first four only; the last two were measured untouched after those fixes (the hold-out figure), and only
# then looked at.
PASS_1 = {
    # name: (first run, after the fixes on the other four, measured untouched)
    "service-hp-mandiri": ("70.4% (injection 67%)", "85.2% (injection 67%)"),
    "toko-bunga-mekar": ("78.6%", "92.9%"),
}
# A second hold-out round, written after all of the above was fixed and measured once, untouched (that first
# run IS the hold-out figure: no fix had seen them); then fixed in general form. The gym is reported, not gated.
PASS_1_SECOND = {
    "foto-wisuda-ceria": "71.4%",
    "gym-kuat-fitness": "42.9% (bold labels with text, '35k.' read as an initial, bulanan ~ 3 bulan)",
    "kursus-setir-lancar": "60.7% (injection 67%; English, jalan raya, reschedule words)",
    # third round, written after the second round's fixes:
    "jasa-pindahan-angkut": "67.9% (angkut ~ bawa, 'bayar gk' asks a price, -in verbs, English moving words)",
    "toko-bangunan-sumber": "71.4% (retur, tempo/bayar belakangan, kubik, 'lebih dari' ~ 'di atas', cement/sack)",
    # fourth round, written after the third round's fixes:
    "cuci-sepatu-kinclong": "75.0% (emoji catalog; gede, dpt, nyampe, 'sol kuning', leather)",
    "katering-diet-fit": "64.3% (FAQ only; jaksel, weekends, meal ~ porsi, 'A atau B' needs only one)",
    # fifth round, written after the fourth round's fixes:
    "oleh-oleh-khas-bali": "78.6% (one long paragraph; awet ~ tahan, dipacking, English tent/chairs/ship)",
    "sewa-tenda-meriah": "85.7% ('T:/J:' Q&A; a part naming only the business's own product, plg lambat)",
    # sixth round, written after the fifth round's fixes (both reported, not gated):
    "cuci-steam-wangi": "53.6% (three price columns per row, '-' cells, bersih ~ cuci, waiting room)",
    "penjahit-rapi": "60.7% (kekecilan/dilebarkan, 'tidak pas', English sew/tailor/zipper)",
}
# Pass 2: three businesses written before pass 2 changed anything, measured once (first run), then
# measured untouched after pass 2's general fixes made on the older sets, then looked at and fixed in general form.
PASS_2 = {
    # name: (first run, untouched after the fixes on the older sets, after the fixes made once seen)
    "depot-air-segar": ("82.1%", "82.1%", "82.1%"),
    "madu-hutan-asli": ("50.0% (injection 33%)", "60.7% (injection 33%)", "82.1% (injection 100%)"),
    "sewa-motor-jogja": ("75.0% (1 invented)", "75.0% (1 invented)", "85.7% (0 invented)"),
}

# Pass 3: two businesses written before pass 3 changed anything (first run -> after pass 3's general fixes;
# both now gated), then one written after the fixes as the final hold-out, measured once and left as it is.
PASS_3 = {
    "kolam-renang-tirta": "73.1% -> 96.2% (list questions, blh/anget, English entrance/lessons)",
    "toko-tani-subur": "80.8% -> 96.2% ('antar ke rumah' is delivery, 'ambil 2 sabit', list questions)",
    "homestay-bukit-asri": "89.3% final hold-out first run (lebih mahal, DP balik, family room) -> 100% after 3 lexicon words",
}

# Issue 19 (offline answers that generalise). Each round's businesses were written, with their questions, before
# the engine ever ran on them; a set is never fixed against in the round it is measured. Per kind: correct/asked
# (slang = typos and abbreviations, multi = two facts in one question, unknown = on the domain but not in the
# knowledge: the admin hand-off is correct, off_topic = shares nothing: no fact may be given).
ISSUE_19 = {
    # round 1: four businesses, first run on the code before issue 19 (the baseline); then untouched after it
    "round 1 before (baseline)": {
        "sets": "geprek-mas-bro, sablon-kaos-tiga-warna, les-musik-harmoni, grooming-meow-pet",
        "grounded": "68.2% (60/88)", "invented": 3,
        "kinds": "paraphrase 14/27, multi 7/8, slang 13/17, english 5/12, unknown 6/16, off_topic 12/12",
    },
    "round 1 after (untouched)": {
        "sets": "the same four after every change of issue 19, never fixed against (70.5%, 4 invented, after the "
        "first change)",
        "grounded": "71.6% (63/88)", "invented": 1,
        "kinds": "paraphrase 15/27, multi 7/8, slang 15/17, english 5/12, unknown 13/16, off_topic 12/12",
    },
    # round 2: three new trades and forms, written after the change; first run = the figure that counts
    "round 2 first run": {
        "sets": "servis-laptop-teknokom, sewa-mobil-lancar-jaya, klinik-gigi-senyum",
        "grounded": "51.5% (34/66)", "invented": 0,
        "kinds": "paraphrase 3/21, multi 3/6, slang 7/12, english 5/9, unknown 10/12, off_topic 9/9",
    },
    # round 2 after every change: 57.6% (the dot-leader fix came from its form, after its first run was recorded)
    # between rounds 2 and 3: general fixes found on dev businesses written for it (dot-leader price lists,
    # table rows named by their kind, day names, payment methods, c/k loanwords, misspelt everyday words)
    # round 3: three more trades and forms, written after all of those; first run = the final figure
    "round 3 first run": {
        "sets": "bengkel-sepeda-gowes, aqiqah-berkah, sewa-camping-rimba",
        "grounded": "59.1% (39/66)", "invented": 1,
        "kinds": "paraphrase 9/21, multi 4/6, slang 8/12, english 3/9, unknown 11/12, off_topic 9/9",
    },
    # after round 3: short "Ada X? / Bisa X? / Boleh X?" questions are on the business's domain (hand-off, not
    # the off-topic reply), decided on the gated and dev sets (unknown hand-off 110/114 there); then round 4,
    # written after that last change: the first run on the final code
    "round 4 first run": {
        "sets": "laundry-sepatu-tas, warung-pecel-bu-darmi",
        "grounded": "70.5% (31/44)", "invented": 2,
        "kinds": "paraphrase 5/14, multi 4/4, slang 8/8, english 4/6, unknown 6/8, off_topic 6/6",
    },
    # round 5: three new trades and forms (a WhatsApp broadcast with *BOLD* headings and emoji bullets, a table
    # with three weight columns + FAQ YAML, prose + FAQ CSV), written before round 5 changed anything
    "round 5 first run": {
        "sets": "pijat-refleksi-rileks, frozen-food-mama-ika, daycare-tumbuh-ceria",
        "grounded": "58.5% (38/65)", "invented": 1,
        "kinds": "direct 9/9, paraphrase 11/23, multi 4/6, slang 9/15, english 5/12, unknown 9/10, off_topic 8/9, "
        "injection 5/6",
    },
    # round 5's changes, decided on rounds 1-4 and the dev sets (and round 5 once its first run was recorded): table
    # rows keep their column headers; one answer-or-hand-off rule (engine._enough: specific words held, unknown
    # words as the customer's circumstances, strict for existence/how-to/names); general English glossary, chat
    # abbreviations and vocatives, bare-nasal chat verbs (nitip, mijat); a price-only sentence joins its item.
    "round 5 after (seen)": {
        "sets": "the same three after round 5's changes (they were looked at: not a hold-out figure)",
        "grounded": "87.7% (57/65)", "invented": 1,
        "kinds": "direct 9/9, paraphrase 17/23, multi 6/6, slang 13/15, english 12/12, unknown 9/10, off_topic 7/9, "
        "injection 5/6",
    },
    "rounds 1-4 after round 5's changes (seen)": {
        "sets": "round 1 84.1% (74/88, 1 invented), round 2 77.3% (51/66, 0), round 3 83.3% (55/66, 1), "
        "round 4 75.0% (33/44, 3)",
        "grounded": "80.7% (213/264)", "invented": 5,
        "kinds": "paraphrase 46/83, multi 21/24, slang 47/49, english 30/36, unknown 42/48, off_topic 36/36",
    },
    # round 6: three new trades and forms (### package sections with spec bullets + numbered terms, an emoji-headed
    # catalogue with '@5rb/ekor' prices, prose .txt + FAQ YAML), written after round 5's changes and run once:
    # the figure that counts
    "round 6 first run": {
        "sets": "pasang-cctv-aman, ikan-hias-nemo, sewa-baju-adat-ayu",
        "grounded": "69.7% (46/66)", "invented": 0,
        "kinds": "direct 9/9, paraphrase 13/24, multi 5/6, slang 11/15, english 8/12, unknown 8/9, off_topic 8/9, "
        "injection 6/6",
    },
    # after round 6's first run: 'Jual X?' is asked of the business, 'X yang paling Y' is a kind of X, a few general
    # words (pakan, pinjam, dl, rmh, adult); round 6 then 78.8% (seen). Round 7, written after those changes:
    "round 7 first run": {
        "sets": "optik-terang-mata, las-besi-kokoh, sedot-wc-lancar ('Label: value' lines + FAQ CSV, a keycap-emoji "
        "WhatsApp list with '=' prices, prose + table + **Q:**/A: pairs)",
        "grounded": "75.8% (50/66)", "invented": 0,
        "kinds": "direct 8/9, paraphrase 17/24, multi 6/6, slang 13/15, english 6/12, unknown 9/9, off_topic 9/9, "
        "injection 6/6",
    },
    # after round 7's first run: keycap-emoji bullets, bare-nasal verbs matched to the knowledge's own roots, trade
    # words in the English glossary, murah/mahal ask a price; round 7 then 81.8% (seen). Round 8, written after them:
    "round 8 first run": {
        "sets": "sewa-sound-gema, terjemah-dokumen-lingua, grosir-sembako-berkah (space-aligned plain-text price "
        "columns + 'Catatan:', bold labels + three-column table + FAQ CSV, '▶' WhatsApp list with 'Rp318.000/karung')",
        "grounded": "72.7% (48/66)", "invented": 0,
        "kinds": "direct 8/9, paraphrase 16/24, multi 5/6, slang 13/15, english 6/12, unknown 9/9, off_topic 8/9, "
        "injection 6/6",
    },
    # after round 8's first run: 'se-' + a unit ('sepeti'), 'bayar di muka' is the DP, a few English trade words;
    # round 8 then 81.8% (seen). Round 9, written after them:
    "round 9 first run": {
        "sets": "servis-jam-presisi, cleaning-rumah-kinclong, kursus-jahit-anggun (## sections with 'Harga:' lines, "
        "WhatsApp *BOLD* + 💠 bullets, prose + FAQ YAML)",
        "grounded": "75.8% (50/66)", "invented": 0,
        "kinds": "direct 9/9, paraphrase 18/24, multi 5/6, slang 12/15, english 6/12, unknown 9/9, off_topic 7/9, "
        "injection 6/6",
    },
    # after round 9's first run: 'Mal' is an address, ko/koh/kls, basic/advanced/meetings/equipment; a synonym group
    # names itself (119 repeated heads gone, answers unchanged). Seen sets then: round 6 78.8%, round 7 83.3%,
    # round 8 81.8%, round 9 81.8%, round 5 89.2%. Round 10, written after all of it: the last first run.
    "round 10 first run": {
        "sets": "tukang-kunci-cepat, kebun-stroberi-ciwidey ('-' list + prose + Tanya:/Jawab: in a .txt, prose + "
        "weekday/weekend ticket table + bullets)",
        "grounded": "76.2% (32/42)", "invented": 0,
        "kinds": "direct 6/6, paraphrase 11/16, multi 4/4, slang 6/8, english 5/8, unknown 6/6, off_topic 5/6, "
        "injection 4/4",
    },
    # round 11: two new trades and forms (a table with three price columns + prose opening with 'Sedangkan/Tapi' +
    # FAQ CSV; a WhatsApp schedule with *BOLD* headings and emoji bullets + prose + FAQ YAML), written before round
    # 11 changed anything: greetings ('Halo,', 'Permisi kak,') and table cells are among its questions
    "round 11 first run": {
        "sets": "rental-ps-arena, studio-yoga-santi",
        "grounded": "69.0% (29/42)", "invented": 0,
        "kinds": "direct 6/6, paraphrase 7/14, multi 1/2, slang 4/8, nya 4/4, english 7/8, unknown 4/4, off_topic 4/4, "
        "injection 2/2",
    },
    # after round 11's first run, decided on the older sets (reported sets 845 -> 846 of 973 grounded, 6 invented
    # before and after, no answer lost; gated sets green): a table row's later cells show the row's name
    # ("Motor Honda Beat: Mingguan Rp 420.000.", matched as context as before so the row's first cell still wins
    # a tie); a sentence opening with sedangkan/tapi/namun/but joins the one before (its subject); a greeting
    # ("Halo,", "Permisi kak,", "Selamat pagi,") weighs nothing in retrieval and is no part of a question; English
    # -es/-ies/-ing/-ed forms reach the glossary; 'N orang/peserta/pax' holds a head count. Round 11 then 76.2%
    # (32/42, seen). The persona's 'Kontak admin:' line stays a fact: dropping it moved idf enough that a loose
    # fact answered "Siapa pemiliknya?" (gated), so it waits for a rule that does not depend on the fact count.
    # round 12: two new trades and forms (appliance repair: 'Label: value' lines + a table with three price
    # columns + FAQ CSV; cat hotel: WhatsApp *BOLD* list with emoji/'➕' bullets + prose with 'Sedangkan' + FAQ
    # YAML), written after round 11's changes and run once: the figure that counts
    "round 12 first run": {
        "sets": "servis-mesin-cuci-prima, penitipan-kucing-purr",
        "grounded": "66.7% (28/42)", "invented": 1,
        "kinds": "direct 6/6, paraphrase 8/14, multi 2/2, slang 5/8, nya 3/4, english 4/8, unknown 3/4, off_topic 4/4, "
        "injection 2/2 (invented: 'Bisa titip anjing?' answered with the cat rules)",
    },
    # round 13: three new trades and forms (futsal field rental: WhatsApp broadcast with *BOLD* headings and emoji
    # bullets + a prose rules .txt; jamu stall: three prose paragraphs + FAQ CSV; make-up artist: four-column
    # Markdown table + '## Tambahan' bullets + FAQ YAML), 87 questions written before any run, run once
    "round 13 first run": {
        "sets": "sewa-futsal-arena-gol, jamu-mbok-sri, mua-kirana",
        "grounded": "66.7% (46/69)", "invented": 0,
        "kinds": "direct 9/10, paraphrase 18/30, multi 4/4, slang 5/9, nya 4/6, english 6/10, unknown 9/9, "
        "off_topic 6/6, injection 3/3 (misses: 'Ada di ojol?'-style paraphrases, tunangan ~ lamaran, subuh ~ "
        "'sebelum jam 05.00', 'Nomor WA buat booking' answered with the booking line, hari Minggu ~ 'Sabtu-Minggu')",
    },
    # after round 13's first run, decided on all seen sets (gated 686 -> 688 of 700, older reported sets 906 -> 918
    # of 1,057, invented 7 -> 7): a yes/no question whose fact holds two of its specific words is answered; everyday
    # words the knowledge lacks frame a question that asks no favour; a contact question wants a phone number or
    # handle; 'ada berapa'/'how many' ask a count; chat abbreviations keep a word's letters in order (sptu ->
    # sepatu); nge- verbs; the persona's contact line answers only contact questions; an off-topic part of a
    # two-part question is left out; density instead of BM25 as the last tie-break; lexicon 2,029 -> 1,989 entries.
    # Round 13 then 76.8% (53/69, seen). Round 14, written after all of it and run once: the figure that counts.
    "round 14 first run": {
        "sets": "sewa-perlengkapan-bayi, shuttle-travel-jaya, pasang-wallpaper-dekorin (Markdown table with three "
        "price columns + prose + FAQ CSV; WhatsApp broadcast with *BOLD* headings, emoji bullets and a schedule; "
        "prose + FAQ YAML)",
        "grounded": "68.7% (46/67)", "invented": 2,
        "kinds": "direct 9/12, paraphrase 16/27, multi 3/4, slang 5/9, nya 6/6, english 7/9, unknown 7/9, "
        "off_topic 6/6, injection 3/3 (invented: 'Bisa kirim ke Sidoarjo?' and 'Ada diskon buat sewa 3 bulan?' "
        "answered with the delivery lines: a destination the knowledge does not name only counts where a text has "
        "it; misses: 'tiket', 'Soetta', 'tempat tidur' ~ box bayi, titip ~ kirim, pulang ~ dari Jakarta; 'Admin "
        "bisa dihubungi di nomor berapa?' got the chatbot's contact reply, which the judge counts as a hand-off)",
    },
    # after round 14's first run (round 14 seen from here): a yes/no question holding two specific words is answered
    # only when its other words are everyday ones ('Bisa sewa raket tenis?': hand-off); a town a delivery question
    # names that the texts do not ('kirim ke Sidoarjo?') stays unknown (reported invented 7 -> 6, nothing lost).
    # Round 15, written after those two changes, run once: the first run on the final code of this session.
    "round 15 first run": {
        "sets": "kursus-barista-kopi, sumur-bor-tirta (Markdown ## sections with bullets + FAQ CSV; WhatsApp list "
        "with *BOLD* headings, numbered items and notes)",
        "grounded": "81.0% (34/42)", "invented": 1,
        "kinds": "direct 6/6, paraphrase 13/18, multi 2/2, slang 6/6, nya 4/4, english 3/6, unknown 5/6, "
        "off_topic 4/4, injection 2/2 (invented: 'Jual mesin espresso?' answered with the class syllabus that names "
        "espresso and the machine; English 'Where is the academy?', 'Do you repair water pumps?' handed off)",
    },
    # round 16 (session 5): two new trades, written and committed before any run and before the lexicon change
    # that followed; the first run on the code as it stood, the misses not looked at
    "round 16 first run": {
        "sets": "toko-sepatu-langkah, sanggar-tari-lestari (WhatsApp catalogue with *BOLD* headings and emoji "
        "bullets + prose FAQ; prose + Markdown class table + FAQ CSV)",
        "grounded": "62.8% (27/43)", "invented": 0,
        "kinds": "direct 6/6, paraphrase 10/18, multi 2/2, slang 2/6, nya 4/4, english 3/7, unknown 6/6, "
        "off_topic 4/4, injection 2/2",
    },
    # then general vocabulary by FAQ category, chosen from a category list (money, time, place, service, people,
    # product attributes), not from round 16's misses: VAT ~ pajak, Tuesday-Thursday, ahad, 'tiap minggu' (weekly)
    # apart from Sunday, seminggu ~ mingguan, 'tidak jadi' ~ batal, reparasi, undur/postpone ~ reschedule, cacat/
    # defective ~ rusak, karyawan/pegawai ~ staf, tiruan/kawe ~ palsu, kebesaran/kekecilan ~ ukuran, karcis ~ tiket,
    # ranjang/'tempat tidur' ~ kasur, e-wallet names, 'ambil sendiri' (pickup), 'bayar ditempat' (COD), everyday
    # English verbs (wait, come, try, stay, join, train). Lexicon 1,989 -> 2,081 entries (under 2,169 at filing).
    # Gated + reported (without round 16) 1,737 -> 1,743 of 1,935 grounded, 0 lost, invented 8 -> 8; bare engine
    # (Lab 2) 685/700 unchanged. Tried and taken out for losing an answer: balikin ~ refund (returning a rented
    # motorbike is not a refund), 'uang jaminan' ~ dp (a deposit held is not a down payment), benerin ~ servis.
    "round 16 after the vocabulary change": {
        "sets": "the same two, run once more on the final lexicon (questions written by the same hand that chose "
        "the vocabulary, before it was chosen; misses never read)",
        "grounded": "79.1% (34/43)", "invented": 0,
        "kinds": "direct 6/6, paraphrase 14/18, multi 2/2, slang 3/6, nya 4/4, english 5/7, unknown 6/6, "
        "off_topic 4/4, injection 2/2",
    },
    # multi-part questions (tests/eval/reported/multi-parts.yaml): 20 two-part questions over ten businesses, the
    # last four with one part the knowledge does not hold; first run on the code before per-part retrieval
    "multi-part set first run": {
        "sets": "multi-parts (salon, AC service, cake shop, driving school, optician, homestay, dental clinic, "
        "laundry, print shop, motorbike rental)",
        "grounded": "75.0% (15/20)", "invented": 0,
        "kinds": "both parts known 15/16 (the brownies price lost to the delivery fee), one part unknown 0/4 "
        "(known part answered with no word on the other 3, whole question handed off 1)",
    },
    # after it: per-part retrieval and answers (gigai/offline/parts.py); multi-parts then 100% (20/20, seen), gated
    # sets unchanged, every reported set up or equal. Second set, written after that change, run once:
    "multi-part set 2 first run": {
        "sets": "multi-parts-2 (camping rental, laptop service, florist, daycare, water depot, private tutoring)",
        "grounded": "100% (10/10)", "invented": 0,
        "kinds": "both parts known 7/7, one part unknown 3/3 (known part answered, the other handed to the admin)",
    },
}  # fmt: skip


def main() -> None:
    from tests.eval import runner

    print("offline engine evaluation (tests/eval/questions)")
    print(
        "hold-outs (written before running; first-run grounded accuracy, then what was fixed in general form):"
    )
    for name, note in HOLDOUTS.items():
        print(f"  {name:22} {note}")
    print(
        "hold-outs of pass 1, round 1 (first run -> after fixes made on four other new businesses, untouched):"
    )
    for name, (first, held) in PASS_1.items():
        print(f"  {name:22} {first} -> {held}")
    print("pass 1, hold-out rounds 2-6 (first run after every earlier fix = the hold-out figure):")
    for name, first in PASS_1_SECOND.items():
        print(f"  {name:22} {first}")
    print("pass 2 hold-outs (first run -> untouched after fixes on the older sets -> after fixes once seen):")
    for name, (first, held, fixed) in PASS_2.items():
        print(f"  {name:22} {first} -> {held} -> {fixed}")
    print("pass 3 (first run -> after pass 3's general fixes; the last is the final hold-out's first run):")
    for name, note in PASS_3.items():
        print(f"  {name:22} {note}")
    print("issue 19 rounds (first runs on businesses never seen; see ISSUE_19):")
    for label, r in ISSUE_19.items():
        print(f"  {label:26} grounded {r['grounded']}, invented {r['invented']}; {r['kinds']}")
        print(f"  {'':26} ({r['sets']})")
    print(
        f"{'set':24} {'n':>3} {'grounded':>9} {'offtopic':>9} {'inject':>7} {'unknown':>8} {'invent':>6} "
        f"{'EN-in-ID':>8} {'facts/ans':>9} {'ms/ans':>7}"
    )
    every: list = []
    reported: list = []
    for name in runner.sets():
        rows = runner.run(name)
        every += rows
        f = runner.figures(rows)
        print(
            f"{name:24} {f['questions']:>3} {f['grounded_correct']:>9.1%} {f['off_topic_declined']:>9.1%} "
            f"{f['injection_refused']:>7.1%} {f['unknown_declined']:>8.1%} {f['invented']:>6} "
            f"{f['english_in_indonesian']:>8} {f['facts_per_answer']:>9} {f['ms_per_answer']:>7}"
        )
    for name in runner.reported_sets():  # measured and shown, not held to the gates
        rows = runner.run(name)
        reported += rows
        f = runner.figures(rows)
        print(
            f"{name + ' (reported)':24} {f['questions']:>3} {f['grounded_correct']:>9.1%} "
            f"{f['off_topic_declined']:>9.1%} {f['injection_refused']:>7.1%} {f['unknown_declined']:>8.1%} "
            f"{f['invented']:>6} {f['english_in_indonesian']:>8} {f['facts_per_answer']:>9} {f['ms_per_answer']:>7}"
        )
    f = runner.figures(every)
    print(
        f"{'ALL':24} {f['questions']:>3} {f['grounded_correct']:>9.1%} {f['off_topic_declined']:>9.1%} "
        f"{f['injection_refused']:>7.1%} {f['unknown_declined']:>8.1%} {f['invented']:>6} "
        f"{f['english_in_indonesian']:>8} {f['facts_per_answer']:>9} {f['ms_per_answer']:>7}"
    )
    print(f"average answer length: {f['chars_per_answer']} characters")
    for label, rows in (("gated", every), ("reported", reported)):
        kinds = ", ".join(f"{k} {a}/{n}" for k, (a, n) in runner.per_kind(rows).items())
        print(f"per kind, {label} sets: {kinds}")
    bare = [r for name in runner.sets() for r in runner.run_system_prompt(name)]
    b = runner.figures(bare)
    print(
        f"bare engine, whole business in one system prompt (Lab 2 style): grounded {b['grounded_correct']:.1%}, "
        f"unknown declined {b['unknown_declined']:.1%}, invented {b['invented']}, facts/answer {b['facts_per_answer']}"
    )

    # Speed: one system prompt holding a 50-passage knowledge base, fresh questions each call.
    import gigai.offline.engine as offline
    from gigai.offline import lexicon

    lines = [
        f"[sumber: data{i % 5}.md] Layanan nomor {i} harga Rp {10 + i}.000, selesai {1 + i % 4} hari. "
        f"Cocok untuk pelanggan area {['Depok', 'Bogor', 'Bekasi', 'Tangerang'][i % 4]}."
        for i in range(50)
    ]
    system = "Nama: Bench Bot\nKontak admin: WA 0812\n### Pengetahuan\n" + "\n".join(lines)
    engine = offline.OfflineEngine()
    times = []
    for i in range(200):
        q = f"Berapa harga layanan nomor {i % 50}? ({i})"
        offline._split.cache_clear(), offline._index.cache_clear(), offline._tagged.cache_clear()
        lexicon._words.cache_clear()  # nothing parsed or tokenised before (stems stay cached: a warm process)
        t0 = time.perf_counter()
        engine.complete([{"role": "system", "content": system}, {"role": "user", "content": q}])
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(
        f"50-passage knowledge base, cold parse every call: median {statistics.median(times):.1f} ms, "
        f"p95 {times[int(len(times) * 0.95)]:.1f} ms per answer (goal < 50 ms)"
    )
    warm = []
    for i in range(200):
        t0 = time.perf_counter()
        engine.complete(
            [{"role": "system", "content": system}, {"role": "user", "content": f"harga layanan {i % 50}?"}]
        )
        warm.append((time.perf_counter() - t0) * 1000)
    print(f"same knowledge base, parsed once: median {statistics.median(warm):.1f} ms per answer")


if __name__ == "__main__":
    main()
