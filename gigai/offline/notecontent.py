"""What a sentence is ABOUT, and how the internal-note detector reads text (used by gigai.offline.notes).

    >>> about_inside("Ambil minyak di agen Koh Liong tiap Kamis"), about_inside("Gratis ongkir min. 100rb")
    (True, False)

The safety net needs no marker: a sentence is internal whatever its heading when its CONTENT is something no
customer needs: the owner's economics with an amount, what a supplier charges or who the supplier is, the staff's
pay, roster, discounts, codes and troubles, the keys and codes of the premises, the staff's wifi, a private bank
account, a login, the truth behind a price ("sebenarnya cuma ..."). Public twins never match: prices customers
pay, the shop's own payment account, promos, a reseller's "modal usaha", the guests' wifi password, a doctor's
practice hours, a locksmith's "kunci cadangan".

Text is read after look-alike letters, invisible characters and full-width forms are undone, and with the
detector's key words spelled right when an owner mistyped them ("suplier", "pasword", "r4hasia", "rahasiaaa").
"""

from __future__ import annotations

import re
from functools import lru_cache

from gigai.offline.lexicon import _known, clean

# The safety net, no marker needed: what a line is ABOUT. Nothing a customer needs is the owner's economics
# (cost price, margin, profit, revenue, wages, profit share: with an amount), a supplier's price, a private
# bank account, a login or PIN, a discount or code for the staff, or talk about a named person's troubles.
# What customers pay, the shop's own payment account ("transfer ke BCA 123 a.n. Toko"), promos and the wifi
# password are public and never match.
# the business's own staff: "karyawan", "staf:", not another group ("karyawan kantor", "staf kami", "pegawai Pemda")
_STAFF = r"(?:karyawan|staf|staff|pegawai|kru|crew)\b(?!\s+(?!(?:kita|aja|saja|doang|sendiri|internal|sini)\b)[^\W\d_])"
_HONORIFIC = r"pak|bu|koh|ko|ci|cik|mang|bi|teh|haji|h|engkoh|om|mas|mbak|kang|uda|bang|cak|tante|bapak|ibu"
_SUPPLIER = (
    r"(?:agen|grosir|distributor|supplier|pemasok|juragan|konveksi|pabrik|tengkulak|pengepul|peternak|petani)"
)
_TRADER = r"konveksi|juragan|pemasok|pengepul|tengkulak|peternak|petani|mang|bi|koh|ko|ci|cik|haji|engkoh"
_STAFF_WIFI = (
    r"\b(?:wi-?fi|hotspot)\s+(?:kantor|staf\w*|karyawan|admin|kasir|dapur|gudang|owner|internal|pegawai|kru|crew|"
    r"khusus\s+(?:staf\w*|karyawan|admin))\b[^.\n]{0,30}?(?:pass\w*|pw|sandi|:)"
    r"|\b(?:pass\w*|pw|sandi)\s+(?:wi-?fi|hotspot)\s+(?:kantor|staf\w*|karyawan|admin|kasir|dapur|gudang|owner|internal|"
    r"pegawai|kru|crew)\b"
)
_CUSTOMER = (
    r"(?:pelanggan|customer|cust|costumer|konsumen|pembeli|tamu|klien|client|buyer|pasien|murid|peserta|siswa|"
    r"penghuni|penyewa|jamaah|jemaah|pengunjung|penumpang|member)"
)
_AMOUNT_START = (
    r"(?<![\d.,/-])(?!0\d|62\d|\+62)\d"  # a digit that starts an amount, not a phone number ("0812-...")
)
_MONEY = r"(?:rp\.?\s*\d|\d[\d.,]*\s*(?:rb|ribu|k|jt|juta|m|miliar|rupiah)\b)"
_SENSITIVE = re.compile(
    # the owner's economics: "modal 6rb", "HPP 7.000", "untung bersih 40rb", "bagi hasil 40%", "target 45jt"
    rf"\b(?:harga\s+modal|modal(?:nya)?(?!\s+(?:usaha\w*|awal|besar|kecil|minim\w*|ringan|mulai|kemitraan|investasi|join|"
    rf"bisnis|franchise)\b)|hpp|harga\s+pokok|harga\s+kulak\w*|kulakan|margin|markup|mark-up|laba|"
    rf"profit|cost\s+price|cogs|bep|balik\s+modal|salary|wages?|revenue|(?:untung|keuntungan)(?:nya)?\s+(?:bersih|"
    rf"kotor|per|rata|sekitar|kira|\d|rp)|omzet|omset|gaji\w*|digaji|upah|kasbon|bagi\s+hasil|utang|hutang|piutang|ngutang)\b[^.\n]{{0,30}}?{_AMOUNT_START}"
    rf"|\b(?:target|pendapatan|pemasukan|penghasilan|setoran)\b(?!\s+awal)[^.\n]{{0,30}}?{_MONEY}"
    # what the business pays its supplier: "ambil dari distributor X 28rb/liter", "beli di Toko Y 400rb"
    rf"|\b(?:beli|dibeli|ambil|diambil|kulak\w*|belanja|order|pesan)\b[^.\n]{{0,25}}?\b(?:dari|dr|di|ke)\s+"
    rf"(?!kami\b|kita\b|sini\b|outlet\b|toko\s+kami\b)(?:toko|pasar|distributor|supplier|agen|pabrik|cv|pt|ud|pak|bu|"
    rf"kios|grosir|gudang|sales|{_TRADER})\b[^.\n]{{0,40}}?\d[\d.,]*\s*(?:rb|ribu|k\b|jt|juta|rupiah|/)"
    rf"|\b(?:supplier\w*|harga\s+(?:dari|dr)\s+(?:sales|distributor|agen|grosir|juragan))\b[^.\n]{{0,40}}?\d[\d.,]*\s*"
    rf"(?:rb|ribu|k\b|jt|juta|rupiah|/|%)"
    # the business's own arrears ("nunggak pajak"), a buy price next to a sell price ("beli 650rb, jual 1,1jt")
    rf"|\b(?:nunggak|menunggak|telat\s+bayar)\s+(?:pajak|cicilan|sewa|listrik|gaji|kredit)\b"
    rf"|\b(?:beli|modal)\b[^.\n]{{0,60}}?\d[^.\n]{{0,20}}?\bjual\b[^.\n]{{0,15}}?\d"
    # the till and the safe: a private account, the night's takings, the safe's code however it is told
    rf"|\b(?:rek|rekening|norek|tabungan|atm)\b[^.\n]{{0,30}}?\bpribadi\b|\bpribadi\b[^.\n]{{0,15}}?\b(?:rek|rekening|norek)\b"
    rf"|\bsetoran\s+(?:malam|harian|pagi|sore|kas|hari\s+ini)\b|\buang\s+kas\b|\blaci\s+kasir\b"
    rf"|\bbrankas\b[^.\n]{{0,40}}?\b(?:kode|kunci|pin|kombinasi|sandi)\w*|\b(?:kode|kunci|pin|kombinasi|sandi)\w*"
    rf"[^.\n]{{0,20}}?\bbrankas\b"
    rf"|\b(?:pin|password|passwd|sandi|kata\s+sandi)\b[^.\n\d]{{0,15}}\d{{4,8}}\b(?!\s*(?:rb|ribu|k\b))"
    # a login or a password: a code after a colon (digits, a symbol or an inner capital: "kasir / Kopi#1")
    rf"|\b(?:pin|password|passwd|pw|pass|sandi|login|username)\b[^.\n]{{0,40}}?[:=/]\s*(?!@)[^\s.,]*"
    rf"(?:\d|[!#$%^&*]|[a-z](?-i:[A-Z]))|\b(?:pw|passwd|password|sandi)\s+(?![\d.,]+\s*(?:rb|ribu|k|jt|juta)\b)"
    rf"[^\s.,@]*(?:\d|[!#$%^&*])"
    # an account and its password written "user / password": "akun shopee toko: mimijastip / mimi0808"
    rf"|\b(?:akun|account|login|user\w*|email)\b[^.\n]{{0,30}}?:\s*[\w.@-]+\s*/\s*(?!@)[^\s]*\d"
    # a supplier named, with or without a price: "ambil minyak di agen Koh Liong", "Supplier ayam: Pak Joko"
    rf"|\b(?:ambil|ngambil|diambil|beli|dibeli|kulak\w*|belanja|restock|nyetok|dapet|dapat)\b(?!\s+(?:pesanan|orderan|order|paket|"
    rf"diskon|bonus|potongan|hadiah|promo|gratis|cashback|poin|voucher|sertifikat|penghargaan))(?![^.\n]*[?!])"
    rf"[^.\n]{{0,30}}?\b(?:dari|dr|di|ke)\s+(?:(?:{_SUPPLIER}|toko|kios|pasar)\s+)?(?:{_HONORIFIC})\.?\s+(?-i:[A-Z])"
    rf"|\b(?:ambil|ngambil|diambil|beli|dibeli|kulak\w*|belanja|restock|nyetok)\b[^.\n]{{0,30}}?\b(?:dari|dr|di|ke)\s+"
    rf"{_SUPPLIER}\s+(?-i:[A-Z])|\b(?:supplier|pemasok|distributor|juragan|tengkulak|pengepul)\b[^.\n]{{0,40}}?"
    rf"(?:{_HONORIFIC})\.?\s+(?-i:[A-Z])"
    # the truth behind a price: "fee agen sebenarnya cuma 1,5jt", "padahal kurs asli 450"
    rf"|\b(?:sebenarnya|sebenernya|sbnrnya|aslinya|sejujurnya|padahal)\b[^.\n]{{0,40}}?\b(?:cuma|cuman|cm|hanya)\s+"
    rf"(?:sekitar\s+|kira2\s+)?{_MONEY}|\b(?:kurs|modal|ongkos|biaya|fee)\s+(?:yang\s+|yg\s+)?(?:asli|aslinya|"
    rf"sebenarnya|real|beneran)\b[^.\n]{{0,15}}?\d"
    # what the staff are paid: "fee anak2 cuci 5rb/motor", "instructor pay 100k", "bonus kasir 200rb"
    rf"|\b(?:fee|upah|bayaran|honor\w*|insentif|komisi|uang\s+makan|lembur\w*|bonus|thr|tip)\s+(?:buat\s+|untuk\s+|utk\s+)?"
    rf"(?:para\s+)?(?:anak[\s-]*(?:2|anak)|karyawan|staf|staff|pegawai|kru|crew|helper|asisten|barista|kasir|terapis|"
    rf"montir|mekanik|instruktur|pelayan|satpam|penjaga|ob)\b[^.\n]{{0,40}}?{_MONEY}"
    rf"|\b(?:instructor|staff|crew|worker|employee|cashier|barista)s?\s+(?:pay|salary|wages?|fee|commission|bonus)\b[^.\n]{{0,30}}?\d"
    # keys and codes of the premises: "kode pintu gudang 4-4-1-9", "kunci cadangan", "kuncinya digantung di balik ..."
    rf"|\b(?:kode|pin|sandi|password|pw|kombinasi)\s+(?:akses\s+)?(?:pintu|gudang|brankas|laci|alarm|gembok|lemari|kantor|"
    rf"akses|rolling\s*door|cctv|dvr|server|rak|loker\s+(?:staf\w*|karyawan))\b"
    # (a spare key is a locksmith's product: where the spare keys are kept is the note)
    rf"|\bkunci\w*\s+(?:cadangan|serep|serap)\b[^.\n]{{0,40}}?\b(?:di|ada\s+di|disimpan\s+di|dititip\w*\s+(?:di|ke))\s+"
    rf"(?:laci|meja|lemari|bawah|balik|belakang|atas|dalam|pos|rumah|gudang|kantor|tas|dompet)\b|\blaci\s+(?:uang|duit|kas)\b"
    rf"|\bkunci\w*\b[^.\n]{{0,40}}?\b(?:digantung|diumpetin|disembunyi\w*|diselip\w*|ngumpet\w*|umpetin|"
    rf"(?:di)?taruh\s+di\s+(?:bawah|balik|belakang|atas|dalam))\b"
    # the staff's own wifi: "wifi kantor: ...", "pass wifi karyawan ..." (the guests' wifi password stays public)
    rf"|{_STAFF_WIFI}"
    # the staff's playbook: what to say when a customer asks ("kalo ada yg nanya, bilang aja stok habis"), who not to
    # serve ("nomor ini jangan dilayani", "blacklist"), and the owner's own running costs and plans
    rf"|\b(?:kalau|kalo|klo|kl|jika|bila|misal(?:nya)?)\s+(?:ada\s+)?(?:{_CUSTOMER}|yg|yang|dia|org|orang)\b[^.\n]{{0,50}}?"
    rf"\b(?:(?:bilang|blg|bilangin|jawab)\w*\s+(?:aja|saja|ajah|aj)|alasan|alesan|ngeles|pura[-\s]?pura|pura2)\b(?![^.\n]*\?)"
    rf"|\b(?:blacklist\w*|daftar\s+hitam)\b|\b(?:jangan|jgn|ga\s+usah|gausah|gak\s+usah)\s+(?:di)?layan(?:i|in)\b"
    rf"|\b(?:pengeluaran|biaya\s+operasional|ongkos\s+operasional|cicilan\s+(?:mesin|mobil|motor|ruko|bank|kredit|"
    rf"pinjaman)|tagihan\s+(?:listrik|air|supplier|pln))\b[^.\n]{{0,30}}?\d"
    rf"|\b(?:mau|pengen|pingin|rencana\w*|niat\w*|kepikiran|berencana|planning)\s+(?:\w+\s+){{0,2}}?(?:naikin|naikkan|"
    rf"naik(?:in)?\s+harga|buka\s+cabang|tutup\s+(?:cabang|outlet|toko|usaha)|pindah\s+(?:tempat|lokasi|ruko)|ganti\s+supplier|"
    rf"pecat|mecat|phk|rekrut|jual\s+(?:usaha|toko|bisnis))\b(?![^\n]*(?:[!?]|nantikan|segera|tunggu|coming\s+soon|stay\s+tuned))"
    rf"|\b(?:our|the\s+real|real)\s+(?:cost|margin|markup|profit)\b[^.\n]{{0,20}}?\d"
    # what the business pays out: an honorarium, a person's share, money from the till ("uang makan ... dari kas")
    rf"|\b(?:honor|honorarium)\b[^.\n]{{0,30}}?{_AMOUNT_START}|\bbagian\s+(?-i:[A-Z][a-z]+)\s+\d+\s*%"
    rf"|\b(?:dari|pake|pakai|ambil\s+dari)\s+(?:uang\s+)?kas\b"
    # the buy price and the profit: "kulak 110rb", "sisanya cuan", "bahan nastar per toples kira2 55rb"
    rf"|\bkulak\w*\b[^.\n]{{0,20}}?{_MONEY}|\b(?:sisanya|sisa|bersih|net)\s+(?:\w+\s+)?(?:cuan|untung|profit|laba)\b"
    rf"|\b(?:cuan|untung)(?:nya)?\s+(?:per\s+\w+|sekitar|kira2|kira-kira)\b"
    # what one serving costs to make (a fabric shop's "bahan katun per meter 45rb" is a price)
    rf"|\b(?:biaya\s+|harga\s+)?bahan(?:nya)?\s+(?:\w+\s+){{0,3}}?(?:per|se)\s*(?:porsi|toples|pcs|cup|box|loyang|bungkus|"
    rf"biji|potong|gelas|mangkok|mangkuk|botol|item|produk|resep)\s+(?:kira2\s+|kira-kira\s+|sekitar\s+|±\s*|cuma\s+)?"
    rf"(?:{_MONEY}|\d{{1,3}}(?:[.,]\d{{3}})+)"
    # a discount given quietly: "kalo ... dari pak rt diskon 50% aja"
    rf"|\b(?:kalau|kalo|klo|kl)\b[^.\n]{{0,60}}?\b(?:diskon|potong|gratisin|kasih\s+(?:diskon|gratis|bonus))\b[^.\n]{{0,20}}?"
    rf"\b(?:aja|ajah|aj)\b"
    # the owner raising a price casually: "naikin deposit jadi 200rb"
    rf"|\b(?:naikin|naekin|naikkan)\s+(?:harga|deposit|tarif|ongkir|dp|biaya|fee|gaji|upah|sewa)\b"
    # a staff member told what to do: "Teknisi harus bawa balik sisa freon", "kasir jangan lupa ..."
    rf"|\b(?:teknisi|kurir|sopir|supir|kasir|barista|karyawan|staf|staff|pegawai|kru|crew|tukang|montir|mekanik|terapis|"
    rf"groomer|tutor|pelayan|waiter|satpam|koki|helper|asisten|kuli)\s+(?:harus|wajib|kudu|jangan|jgn)\b"
    # the business's own credit: a supplier's tab ("bisa ngebon sampai akhir bulan"), a bank loan ("Cicilan KUR ke BRI")
    rf"|\b(?:ngebon|ngebonin|dibonin)\b|\b(?:kur|kredit\s+usaha\s+rakyat)\b[^.\n]{{0,30}}?\d"
    rf"|\bcicilan\s+(?:\w+\s+)?ke\s+(?:bank|bri|bca|bni|mandiri|bsi|btn|koperasi|leasing|adira|fif|pegadaian)\b"
    # the staff's perks and loans: "karyawan makan gratis 1x per shift", "minta pinjeman 2jt"
    rf"|\b(?:karyawan|staf|staff|pegawai|kru|crew)\s+(?!kami\b|kita\b|kantor\b|pabrik\b|pemda\b|instansi\b)"
    rf"(?:\w+\s+){{0,2}}?(?:gratis|setengah\s+harga|harga\s+khusus|free)\b"
    rf"|\bminta\s+(?:pinjem\w*|pinjam\w*|kasbon|naik\s+gaji|gaji\s+naik)\b(?![^.\n]*\?)"
    # a named source the business pays on a schedule: "daging dari Bu Hajjah Romlah, 125rb/kg, bayar tiap Sabtu"
    rf"|\bdari\s+(?:{_SUPPLIER}\s+)?(?:{_HONORIFIC}|hajjah|hj)\.?\s+(?-i:[A-Z])[^.\n]{{0,60}}?\b(?:bayar\w*|dibayar|tempo)\s+"
    rf"(?:tiap|setiap|per|mingguan|bulanan|harian|\d+\s+hari)\b"
    # the staff: a discount or code for them, a warning letter ("SP1"), a dismissal
    rf"|\b(?:diskon|potongan|voucher|kode)\b[^.\n]{{0,40}}?\b{_STAFF}|\b{_STAFF}[^.\n]{{0,40}}?\b(?:diskon|potongan|voucher|kode)\b"
    rf"|\bsp\s?[123]\b|\bsurat\s+peringatan\b|\b(?:dipecat|diskors|potong\s+gaji)\b",
    re.IGNORECASE,
)
# A named person ("Mas Tono", "drg. Fajar") followed closely by their lateness, debts or family matters is
# staff gossip; a policy ("kalau kurir telat, hubungi Kak Rina") names the person elsewhere and stays public.
_GOSSIP = re.compile(
    r"\b(?:bu|ibu|pak|bapak|mas|mbak|mba|kak|bang|teh|koh|cik|om|tante|si|dr|drg|dokter|teknisi|sopir|supir|kurir|"
    r"mr|mrs|ms|miss|sis|bro|ci|cici|koko|kang|neng|aa|uni|uda|bli|mbok|tutor|guru|pengajar|groomer|atas\s+nama|a\.n|"
    r"tukang|kasir|karyawan|pegawai|staf|staff|barista|terapis|montir|satpam)\.?(?:\s+(?:baru|lama))?\s+\(?(?-i:[A-Z][a-z]+)\W*?"
    r"(?:\s+(?!(?:kalau|kalo|klo|kl|jika|bila|apabila|untuk|utk)\b)[^\s.]+){0,5}?\s+"
    r"(?:telat|terlambat|bolos|males|malas|cerai|selingkuh|hutang|utang|kasbon|ngambek|ngutang|nunggak|belum\s+(?:bayar|lunas|melunasi)|awasi\w*|awasin|ditegur|"
    r"dipecat|resign|kepo|bawa\s+pulang|nyolong|nyuri|mencuri|minta\s+naik|(?:ada\s+)?masalah\s+(?:keluarga|pribadi|rumah\s+tangga)|"
    # a trainee's or a customer's own matters: "Tukang baru (Agus) masih training", "Laptop punya Mbak Sinta ... gak diambil"
    r"masih\s+(?:training|magang|belajar)|masa\s+percobaan|probation|(?:gak|ga|belum|blm|tidak|nggak|ngga)\s+(?:di)?ambil|"
    # troubles, and complaints about a customer: "si Dewi ... nangis", "Bu Rini ... rewel bgt"
    r"nangis|berantem|ribut|mabuk|judi|pinjol|hamil|rewel|cerewet|bawel|ribet|pelit|nyebelin|rese|resek|kabur|ngilang|"
    r"(?:ga|gak|gk|tidak|nggak|ngga|blm)\s+(?:bayar|lunas|dibayar)|(?<!paling )lambat|nakal|bandel|susah\s+diatur|"
    r"(?:suka|sering|tukang)\s+(?:komplain|complain|protes|ngomel|marah\w*|nipu)|penipu|nipu|blacklist\w*)\b",
    re.IGNORECASE,
)
# The staff's roster: a shift or duty word and a first name with its shift, day off or hours ("jadwal shift: Sinta
# pagi 05-13, Rudi siang"); a doctor's public practice hours name no shift.
_NOT_NAME = (
    r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad|Pagi|Siang|Sore|Malam|Malem|Shift|Sif|Piket|Jadwal|Libur|"
    r"Jam|Buka|Tutup|Hari|Weekend|Weekday|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
    r"November|Desember)\b"
)
_ROSTER = re.compile(
    r"(?i:\b(?:shift|sif|piket|rota|roster|(?:admin|staff?|cs|crew)\s+schedule|jadwal\s+(?:jaga|kerja|masuk|libur|"
    r"karyawan|staf\w*|admin|cs|piket))\b)[^\n]*?"
    rf"\b(?!{_NOT_NAME})[A-Z][a-z]{{2,}}\s+(?i:pagi|siang|sore|malam|malem|libur|off|masuk|jaga|shift|sif|"
    r"\(?\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d|(?:\w+\s+){0,2}(?:mon|tue|wed|thu|fri|sat|sun|senin|selasa|rabu|kamis|jumat|"
    r"sabtu|minggu)\w*)"
    r"|(?i:\b(?:libur|off|masuk|shift|sif|piket)\b)[^.\n]{0,20}?\b(?!" + _NOT_NAME + r")[A-Z][a-z]{2,}\s+"
    r"(?i:libur|off|masuk|jaga|pagi|siang|sore|malam|malem)\b"
    # English: "rota: Komang mornings", "Made off on Mondays"
    r"|(?i:\b(?:rota|roster|shifts?)\b)[^\n]*?\b(?!"
    + _NOT_NAME
    + r")[A-Z][a-z]{2,}\s+(?i:mornings?|afternoons?|evenings?|"
    r"nights?|off|works?|on)\b"
)
_JOB_AD = re.compile(
    r"\b(?:lowongan|loker|dibutuhkan|dicari|hiring|we'?re\s+hiring|vacancy|kirim\s+cv|lamar\w*|rekrutmen)\b",
    re.I,
)
_STAFF_WIFI_RE = re.compile(_STAFF_WIFI, re.IGNORECASE)
_WIFI = re.compile(r"\b(?:wi-?fi|hotspot)\b[^.\n]*", re.IGNORECASE)  # the café's wifi password is for guests


def about_inside(sentence: str) -> bool:
    """True when ``sentence`` (already read: ``read``) is about something only the business itself needs.
    A job advertisement (the wage, the shift) is public."""
    if _JOB_AD.search(sentence):
        return False
    public = (
        sentence if _STAFF_WIFI_RE.search(sentence) else _WIFI.sub(lambda m: " " * len(m.group(0)), sentence)
    )
    return bool(_SENSITIVE.search(public) or _GOSSIP.search(sentence) or _ROSTER.search(sentence))


def clean_with_map(text: str) -> tuple[str, list[int]]:
    """The text the detector reads, and for each of its characters the index of the original character it came
    from: ``clean(text)`` (look-alike letters, invisible characters, full-width forms undone), then each word
    spelled as the detector's own key words when it is one of them mistyped (``_canon``)."""
    out, where = [], []
    for i, ch in enumerate(text):
        piece = clean(ch)
        out.append(piece)
        where.extend([i] * len(piece))
    line = "".join(out)
    if not _WORDISH.search(line):
        return line, where
    pieces, mapped, last = [], [], 0
    for m in _WORDISH.finditer(line):
        word = _canon(m.group(0))
        if word == m.group(0):
            continue
        pieces.append(line[last : m.start()])
        mapped.extend(where[last : m.start()])
        pieces.append(word)
        span = where[m.start() : m.end()]
        mapped.extend(span[min(k, len(span) - 1)] for k in range(len(word)))
        last = m.end()
    if not pieces:
        return line, where
    pieces.append(line[last:])
    mapped.extend(where[last:])
    return "".join(pieces), mapped


def read(text: str) -> str:
    """The text the detector reads (see ``clean_with_map``)."""
    return clean_with_map(text)[0]


# Words the detector keys on, as owners mistype them: "suplier", "pasword", "rahasiaaa", "r4hasia", "intrenal".
_KEYWORDS = frozenset(
    "supplier pemasok distributor internal rahasia catatan catetan pribadi password rekening karyawan pelanggan "
    "customer konsumen pembeli jangan dikasih brankas keuntungan kasbon hutang piutang setoran confidential "
    "secret private staff admin khusus modal margin omzet gaji sandi jadwal shift intern".split()
)
_WORDISH = re.compile(r"(?<![\w])[A-Za-z][A-Za-z0-9]{3,}(?![\w])")
_LEET = str.maketrans("4310578", "aeiostb")


@lru_cache(maxsize=50000)
def _canon(word: str) -> str:
    """``word`` as the key word it mistypes (one letter more, less or swapped, letters repeated, digits for
    letters), else unchanged. Dictionary words stay ("interval" is not "internal")."""
    low = word.lower()
    if low in _KEYWORDS:
        return word
    fixed = re.sub(
        r"([a-z])\1{2,}", r"\1", low.translate(_LEET) if re.search(r"[a-z]\d|\d[a-z]", low) else low
    )
    if fixed in _KEYWORDS:
        return fixed
    if len(fixed) < 5 or _known(fixed):
        return word
    for key in _KEYWORDS:
        if len(key) >= 6 and abs(len(key) - len(fixed)) <= 1 and _one_edit(fixed, key):
            return key
    return word


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one inserted, deleted or swapped letter (not a replaced one)."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


_SUPPLIER_NAME = re.compile(
    rf"(?i:\b(?:{_SUPPLIER}\s+(?:(?:{_HONORIFIC})\.?\s+)?|(?:dari|dr|di|ke)\s+(?:{_SUPPLIER}\s+)?(?:{_HONORIFIC})\.?\s+)"
    r"(?:haji\s+|h\.\s*)?)([A-Z][a-z]{2,})"
)
_CONTACT = re.compile(
    r"(?:\+?62|\b0)\s?8\d(?:[\s.-]?\d){6,}|\b(?:wa|whatsapp|telp\w*|hp|kontak|contact|ig)\b", re.I
)


def with_suppliers(public: list[str], held: list[str]) -> None:
    """A supplier a held note names ("ambil semen dr Pak Haji Udin 58rb") is the business's own contact: a line
    elsewhere giving that name with a phone number or a handle ("Pak Haji Udin wa 0812 ...") goes with it."""
    names = {m.group(1).lower() for note in held for m in _SUPPLIER_NAME.finditer(read(note))}
    if not names:
        return
    for i, raw in enumerate(public):
        line = read(raw)
        if _CONTACT.search(line) and names & {w.lower() for w in re.findall(r"[A-Za-z]+", line)}:
            held.append(raw.strip())
            public[i] = ""
