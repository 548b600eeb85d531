"""How an internal note marks itself: the words that say "not for customers" (used by gigai.offline.notes).

    >>> bool(ANYWHERE.search("modal 6rb, jgn dikasih tau ke cust")), bool(ANYWHERE.search("Jangan lupa bawa nota"))
    (True, False)

``ANYWHERE``: a warning not to tell or show it, wherever it stands in a sentence. ``LEADING``: a note addressed to
the inside, a restriction to the inside, privacy words, the "keep quiet" emoji: these count where they label
something (gigai.offline.notes decides where that is). ``DOERS``, ``WORK_NOTES``, ``ADDRESSED``: headings that
say their section is for the people who do the work. Text is matched after gigai.offline.notecontent.read.
"""

from __future__ import annotations

import re

_NEG = (
    r"(?:jangan|jgn|jng|jngn|jan|tidak\s+usah|tdk\s+usah|(?:ga|gak|gk|nggak|ngga|enggak|ndak|g)\s*usah|gausah|"
    r"(?:tidak|tdk|ga|gak|gk|nggak|ngga|belum|blm)\s+(?:boleh|perlu)|dilarang|don'?t|dont|do\s+not|never|must\s+not)"
)
_FILLER = r"(?:(?:sampai|sampe|smp|ya|yah|yaa|pernah|usah|dulu|di|ke)\s+){0,2}"
_TELL = (
    r"(?:di|d)?(?:kasih|kasi|ksh|kash)\s*(?:tau|tahu|tw|liat|lihat)|(?:di)?kasitau|(?:di|mem)?beri\s*tahu\w*|"
    r"(?:di)?bilang\w*|(?:di|me)?nyebut\w*|disebut\w*|sebut\w*|(?:di|mem)?bagi\w*|(?:di)?share\w*|"
    r"(?:di|nye)?sebar\w*|(?:di|mem)?bocor\w*|(?:di|menun)?tunjuk\w*|(?:di)?ceritain|(?:di)?info\w*|"
    r"(?:di|meng)?umum\w*|(?:di)?kabar\w*|(?:di)?publikasi\w*|(?:di)?publish|(?:di)?posting|(?:di)?post|(?:di|me)?forward\w*|(?:di|me)?nerus\w*|diteruskan|"
    r"(?:di)?terusin|(?:di)?upload|(?:di)?screenshot|(?:di)?ss|(?:di|mem)?bahas\w*|(?:di)?omong\w*|(?:di)?obrol\w*|(?:di)?ungkit\w*|"
    r"(?:di)?singgung\w*|tell|share|show|reveal|mention|disclose|publish|forward"
)
_AUDIENCE = (
    r"(?:pelanggan|customer|customers|cust|costumer|konsumen|pembeli|tamu|klien|client|clients|buyer|"
    r"guest|guests|publik|public|umum|orang\s+luar|orang|pasien|murid|peserta|siswa|penghuni|anak\s+kos\w*|penyewa|"
    r"jamaah|jemaah|pengunjung|penumpang|pengguna|user|users|members?)"
)
_NOTE = (
    r"(?:catatan|catetan|cttn|ctt|note|notes|nb|n\.b\.|ps|p\.s\.?|memo|reminder|pengingat|rencana|todo|to-do)"
)
# Who is inside: a role, the team ("tim", "anak2 warung", "yg shift"), "kita", or the writer ("aku doang").
_ROLE = (
    r"(?:admin|adm|staf|staff|karyawan|pegawai|owner|pemilik|crew|kru|asisten|penjaga|(?:tim|team)(?!\s+(?!(?:aja|saja|doang|kita|only)\b)\w)|kasir|dapur|resepsionis|penjaga|"
    r"(?:yang|yg)\s+(?:jaga|shift|piket|kerja|masuk)\w*|manajemen|management|manajer|manager|internal|intern|kita|"
    r"kami\s+sendiri|self|myself|pengurus|operator|orang\s+dalam|anak[\s-]*(?:2|anak)\s+(?:warung|toko|kedai|dapur|kantor|shift|"
    r"outlet|kios|gudang|tim|kru|kerja)|(?:aku|saya|sy|gue|gua|gw|ak|diri)\s+(?:doang|sendiri|aja|saja|pribadi)|"
    # a named insider: "khusus Bu Sri", "buat Mas Andi aja" (a capitalised name after a form of address)
    r"(?:bu|ibu|pak|bapak|mas|mbak|mba|kak|bang|teh|koh|cik|om|tante)\s+(?-i:[A-Z][a-z]+))"
)
_PRIVATE_WORD = (
    r"(?:internal|rahasia(?!\s+(?!(?:ya|yah|yaa|nih|dong|deh|banget|bgt|kita|aja|saja|kami\s+sendiri|keluarga\s+kita)\b)"
    r"[a-z]{3,}\b[^:\n]*:)|confidential|secret|sensitif|sensitive|off\s+the\s+record|psst+|ssst*|eyes\s+only|"
    r"antara\s+kita|between\s+(?:us|ourselves)|keep\s+(?:it|this)\s+(?:quiet|secret|private)|"
    # "privat" alone names a product ("les privat"): as a marker it needs a note word or stands alone.
    rf"(?:{_NOTE}|info)\s+(?:priva(?:t|te)|pribadi)|priva(?:t|te)\s+(?:notes?|only|saja)|intern(?!\w)|\(\s*pribadi\s*\))"
)
# Markers that say "not for customers" wherever they stand in a sentence.
_ANYWHERE = re.compile(
    rf"\b{_NEG}\s+{_FILLER}(?:{_TELL})\b"
    rf"|\b{_NEG}\s+(?:sampai|sampe|smp)?\s*{_AUDIENCE}\s+(?:\w+\s+)?(?:tau|tahu|tw|liat|lihat|baca|know|see)\b"
    # "jangan sampai" anyone knows: "jgn sampe yg lain tau", "jangan sampai ada yang tahu"
    rf"|\b{_NEG}\s+(?:sampai|sampe|smp)\s+(?:\w+\s+){{0,3}}?(?:tau|tahu|tw|denger|dengar)\b"
    # not in the group chat or the story: "laporan lewat WA pribadi, jangan di grup"
    rf"|\b{_NEG}\s+(?:di|ke)\s+(?:grup|group|gc|story|status|sosmed|feed|wag)\b"
    # off the books: "gausah ditulis di nota", "jangan dicatat di pembukuan"
    rf"|\b{_NEG}\s+{_FILLER}(?:di)?(?:tulis|catat|input|masukin|masukkan|rekap|cantumin|cantumkan)\w*\s+(?:di|ke|dalam)\s+"
    rf"(?:nota|struk|buku|pembukuan|laporan|catatan|sistem|kasir|aplikasi|pos|invoice|kuitansi|kwitansi)\b"
    # work given to the staff: "jangan dikasih kerjaan kanopi tinggi"
    rf"|\b{_NEG}\s+{_FILLER}(?:di)?kasih\s+(?:kerjaan|tugas|job|pekerjaan|orderan|shift|lembur)\b"
    # nobody knows yet: "belum ada yg tau", "blm pada tahu"
    rf"|\b(?:belum|blm)\s+(?:ada\s+)?(?:yang|yg|org|orang|pada|siapa2|siapapun)\s+(?:\w+\s+)?(?:tau|tahu|tw)\b"
    # any passive verb said to a customer: "gausah dibahas ke pembeli", "jangan diangkat kalau pasien kepo"
    rf"|\b{_NEG}\s+{_FILLER}di\w+\s+(?:\w+\s+)?(?:ke|sama|sm|ama|kalau|kalo|klo|kl|depan|dgn|dengan|pas|waktu)\s+"
    rf"(?:para\s+)?{_AUDIENCE}\b"
    rf"|\b(?:tidak|tdk|bukan|not|ga|gak|gk|nggak)\s+(?:untuk|buat|utk|bwt|for)\s+(?:{_AUDIENCE}|dibagikan|disebar\w*|"
    rf"dishare|share|sharing)\b"
    rf"|\b(?:staff|staf|admin|internal|owner|employees?)\s+only\b|\binternal\s+use\b"
    # a stop order that ends its sentence: "jangan disewain dulu.", "harga jual jgn dinaikin dulu"
    rf"|\b{_NEG}\s+di\w+\s+dulu\b(?=\W*(?:$|[.!;]))"
    # the staff's playbook for a haggling customer: "kalo klien minta diskon lebih, telpon saya dulu"
    rf"|\b(?:kalo|kalau|klo|kl|jika|bila|misal)\s+(?:ada\s+)?{_AUDIENCE}\s+(?:\w+\s+)?(?:nawar|menawar|nego|"
    rf"minta\s+(?:diskon|potongan|kurang|murah))",
    re.IGNORECASE,
)
# Who works inside, by job (not the owner, a team or a manager: "untuk pemilik kendaraan", "paket untuk tim" are
# customers), unless another word makes it someone else ("admin fee", "karyawan pabrik").
_INSIDER = (
    r"(?:admin|adm|staf|staff|karyawan|pegawai|crew|kru|kasir|resepsionis|penjaga|operator|asisten|barista|koki|"
    r"helper|montir|mekanik|terapis|pelayan|waiter|waitress|satpam|anak\s+buah|orang\s+dalam|"
    r"(?:yang|yg)\s+(?:jaga|shift|piket|kerja|masuk)\w*|anak[\s-]*(?:2|anak)\s+(?:warung|toko|kedai|dapur|kantor|"
    r"shift|outlet|kios|gudang|kru|kerja|studio|bengkel))"
    r"(?!\s+(?!(?:aja|saja|doang|kita|sendiri|only|toko|warung|kedai|outlet|studio|kantor|gudang|dapur|kost|kos|"
    r"malam|malem|pagi|siang|sore|shift|baru|lama)\b)[^\W\d_])"
)
# Whoever a public text addresses: the customers by any name, the visitor, everyone.
_OUTSIDE = (
    rf"(?:{_AUDIENCE}|kakak\w*|kak|anda|kamu|kalian|semua|pemesan|penerima|calon|teman\w*|temen\w*|sobat|bunda|ibu2|"
    r"bapak2|mama|papa|ortu|orang\s+tua|wali|reseller|dropship\w*|agen|mitra|pengantin|wisudawan|pasangan|keluarga|"
    r"anak\w*|pemula|pelajar|mahasiswa|pemilik|owner|pengemudi|pemesanan|pembelian|order\w*|booking|pendaftar\w*|"
    r"pengiriman|pembayaran|info\w*|kamu2|yang|yg)"
)
# A first name ("Dinda"), not a group of customers ("Ayah & Bunda:", "Pria dan Wanita:").
_NAME1 = (
    r"(?!(?:ayah|bunda|ibu|bapak|kakak|kak|adik|anda|mama|papa|pria|wanita|anak|dewasa|remaja|pelajar|mahasiswa|"
    r"member|reseller|pengantin|pasangan|tamu|pelanggan|customer|umum|keluarga)\b)(?-i:[A-Z][a-z]+)"
)
# Markers that count where they label something: a heading, the start of a line or sentence, "(...)", "X:".
_LEADING = re.compile(
    rf"\b{_NOTE}\s+(?:(?:buat|untuk|utk|bwt|for|khusus|ke|dari|to|sesama)\s+)?(?:para\s+)?{_ROLE}\b"
    rf"|\b(?:khusus|hanya|cuma|cuman|only|just)\s+(?:(?:untuk|buat|utk|bwt|for|sesama)\s+)?(?:para\s+)?{_ROLE}\b"
    rf"|\b(?:untuk|buat|utk|bwt|for)\s+(?:staf|staff|karyawan|pegawai|internal|admin|owner|pemilik)\s+"
    rf"(?:saja|aja|doang|only)\b|\b(?:untuk|buat|utk|bwt|for)\s+(?:para\s+)?{_INSIDER}"
    rf"|\b{_PRIVATE_WORD}\b|^\W*priva(?:t|te)(?=\W*(?::|$))"
    # the inside addressed: "[anak2 warung baca ini: ...]", "Kru tolong ..." (not "Kasir tolong dipanggil")
    rf"|\b(?:para\s+)?{_ROLE}\s+(?:baca|perhatian|perhatikan|(?:tolong|inget|ingat)(?!\s+di\w))\b"
    # named people addressed at the start of a line: "Utk Dinda & Sari:", "buat Rudi, Tono:"
    rf"|^\W*(?:utk|untuk|buat|bwt|to|for)\s+{_NAME1}(?:\s*(?:&|,|dan|and|\+)\s*{_NAME1})+\s*:"
    # a note, an info or a message addressed to anyone but the customers: "Info buat sopir:", "Pesan untuk tukang:"
    rf"|\b(?:{_NOTE}|info|pesan|titip\s+pesan|pengumuman|instruksi|sop|aturan|perhatian)\s+(?:buat|untuk|utk|bwt|for|to)\s+"
    rf"(?:para\s+|semua\s+)?(?!{_OUTSIDE}\b)[^\W\d_]{{3,}}(?:\s+[^\W\d_]{{2,}})?(?=\s*(?:\(|:|$))"
    # the writer's own reckoning: "hitungan aku:", "catatan saya:"
    rf"|\b(?:hitungan|itungan|perhitungan|{_NOTE})\s+(?:aku|saya|gue|gw|ku|owner|bos|boss)\b"
    # the emoji people use for "keep quiet": 🤫 🤐 🙊 🙈 🔒 🔐
    r"|[\U0001f92b\U0001f910\U0001f64a\U0001f648\U0001f512\U0001f510]",
    re.IGNORECASE,
)

# "Catatan shift malam", "Notes dapur": a note about the work itself (not "Catatan penting", "Catatan pemesanan").
_WORK_NOTES = re.compile(
    r"\W*(?:catatan|catetan|cttn|note|notes|memo|nb)\s+(?:buat\s+|untuk\s+|utk\s+)?(?:shift|sif|piket|dapur|gudang|kasir|"
    r"operasional|stok|stock|harian|produksi|belanja|keuangan|kas|tim|kru|crew|jaga|closing|opening|serah\s+terima|kerja)\b",
    re.IGNORECASE,
)


# "Buat yang masak", "Untuk yg jaga malam": those who do a job (not "Untuk yang mau pesan", "Buat yang baru").
_DOERS = re.compile(
    r"\W*(?:buat|untuk|utk|bwt|khusus)\s+(?:yang|yg)\s+(?!(?:mau|mo|ingin|pengen|pingin|suka|belum|blm|sudah|udah|"
    r"baru|pertama|sering|lagi|sedang|punya|tinggal|datang|dateng|pesan|pesen|order|beli|booking|daftar|tanya|nanya|"
    r"butuh|perlu|cari|minat|berminat|alergi|bawa|ikut|hamil|diet|bertanya|ulang|tahun|berulang|menikah|nikah|lulus|"
    r"sakit|kena|ada|tidak|nggak|gak|ga|masih|lokasi|rumah|jauh|dekat|di|dari|domisili)\b)[a-z]+\b",
    re.IGNORECASE,
)


_ADDRESSED = re.compile(rf"\W*(?:buat|untuk|utk|bwt|for|to)\s+(?:para\s+)?{_ROLE}\W*", re.IGNORECASE)


ANYWHERE, LEADING, AUDIENCE = _ANYWHERE, _LEADING, _AUDIENCE
ADDRESSED, DOERS, WORK_NOTES = _ADDRESSED, _DOERS, _WORK_NOTES
