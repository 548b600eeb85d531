"""The words of a client's message by what they are: venue words, honorifics, channels, variant labels, generic
categories, form words, chat words and service nouns. Data only; gigai.video.phrases and the reader use them.

Used by gigai.video.phrases and gigai.video.reader (Lab 6, Lab 7).
"""

from __future__ import annotations

# Venue words that make a capitalised run a business name: most lead it ("Dapur Bu Rini"), some end it
# ("Gentleman Barbershop", "Bersih Kilat Cleaning Service"); a lead word followed by no name ends one.
VENUE = {
    "toko", "warung", "kedai", "bengkel", "laundry", "salon", "studio", "bakery", "katering", "catering", "dapur",
    "butik", "apotek", "klinik", "kafe", "cafe", "resto", "restoran", "depot", "percetakan", "konveksi",
    "barbershop", "bimbel", "sanggar", "rental", "gym", "fitness", "florist", "optik", "homestay", "villa",
    "penginapan", "hotel", "petshop", "galeri", "lembaga", "kantin", "distro", "outlet", "gerai", "kios", "griya",
    "pondok", "service", "services", "care", "trans", "travel", "tour", "mart", "shop", "store", "official",
    "collection", "kitchen", "corner", "house", "rumah", "lapak", "olshop", "boutique", "photography", "foto",
}  # fmt: skip

VENUE_TAIL = {"barbershop", "service", "services", "care", "trans", "travel", "tour", "mart", "shop", "store",
               "official", "collection", "kitchen", "corner", "house", "photography", "bakery", "boutique"}  # fmt: skip

HONORIFIC = {"bu", "ibu", "pak", "bapak", "mbak", "mba", "mas", "mama", "mami", "bunda", "oma", "opa", "cak",
              "ning", "uda", "koh", "cik", "abah", "umi", "teh", "aa", "om", "tante", "bude", "pakde", "kang",
              "eyang", "nenek", "mak", "bang", "budhe", "mpok", "ci"}  # fmt: skip

# Channels and places are never a business name, even capitalised ("di Shopee", "area Kuta").
CHANNELS = {"shopee", "tokopedia", "gofood", "grabfood", "shopeefood", "tiktok", "instagram", "ig", "wa",
             "whatsapp", "telegram", "facebook", "fb", "lazada", "blibli", "maps", "google"}  # fmt: skip

NOT_PRODUCT = {"ongkir", "cabang", "outlet", "gerai", "lokasi", "alamat", "tempat", "kantor", "toko", "usaha", "olshop",
                "bisnis", "info", "informasi", "promo", "diskon", "harga", "menu", "semua", "video", "konten",
                "kelebihan", "keunggulan", "fasilitas", "catatan", "pengiriman", "pembayaran", "jadwal", "coret",
                "sebelumnya", "normal", "sale", "beli", "buy", "ambil", "book", "booking", "tambah", "tambahan", "add",
                "get"}  # fmt: skip  # "beli 10 cuma 300rb", "Book 2 weeks ahead": a deal or a request, not a thing

PLACE_BEFORE = {"di", "ke", "dekat", "deket", "depan", "point", "area", "sekitar", "wilayah", "kawasan", "seberang",
                 "samping", "belakang", "at", "in", "near", "around", "to", "kota", "daerah"}  # fmt: skip

# Labels that name a variant of the thing sold, never the thing itself ("Weekday Rp1,2jt", "ukuran 20x20 85K")
VARIANT = {"weekday", "weekdays", "weekend", "weekends", "harian", "mingguan", "bulanan", "tahunan", "dewasa",
           "anak", "ukuran", "size", "isi", "varian", "reguler", "regular", "small", "medium", "large", "kecil",
           "sedang", "besar", "umum", "member", "tipe", "type", "level", "versi", "high", "low", "season", "hari",
           "malam", "per", "min", "minimal", "semangkok", "seporsi", "sebungkus", "sebotol", "segelas", "sepiring",
           "sekilo", "satuan", "eceran", "grosir", "kemasan", "packaging", "pouch", "sachet", "jerigen",
           "refill"} | {"tinggi", "berat", "panjang", "lebar", "warna", "color", "colour", "colors", "bahan", "material",
                        "motif", "diameter", "kapasitas", "daya", "fee", "biaya", "tarif", "max", "maks", "maksimal",
                        "kuota", "quota", "stok", "stock"}  # fmt: skip

# Containers and packs an item list may share without naming the product ("cup kecil", "cup besar"; "Paket ...")
LABEL = VARIANT | {"cup", "botol", "box", "porsi", "paket", "pcs", "pack", "jumbo", "mini"}

# a category after the selling verb ("buka stand jajanan", "aneka minuman") names no product when items follow
GENERIC = {"minuman", "makanan", "jajanan", "jajan", "aneka", "produk", "kuliner", "camilan", "cemilan", "snack",
            "snacks", "takjil", "hidangan", "olahan", "barang", "menu", "food", "foods", "drinks", "drink", "products",
            "items", "macam", "berbagai", "bermacam", "macam-macam", "jenis"}  # fmt: skip

# one word that names a form or a size of what was named before, never the thing ("kelas 8x pertemuan Rp450.000")
FORM = {"kelas", "class", "sesi", "session", "pertemuan", "paket", "package", "pack", "program", "batch", "porsi",
         "harga", "tarif", "biaya", "ukuran", "size", "isi"}  # fmt: skip

# A service has no origin or maker in its name: a proper noun after "rental kamera", "sewa sound system", "Rental PS5"
# names the business or the town ("Gamezone", "Jogja"), unless it is a language ("les bahasa Inggris").
SERVICE = {"rental", "sewa", "jasa", "servis", "service", "les", "kursus", "cuci", "laundry", "pijat", "reparasi",
            "perbaikan", "pasang", "antar", "kirim", "titip", "penitipan", "bimbel", "kelas", "private", "privat"}  # fmt: skip

LABELS = {
    "level",
    "lvl",
    "no",
    "nomor",
    "tipe",
    "type",
    "seri",
    "series",
    "size",
    "gen",
    "vol",
    "edisi",
    "paket",
}

FILLER = {"juga", "aja", "saja", "ya", "yaa", "nih", "dong", "kak", "lho", "loh", "deh", "sih", "kok"}

# the head of an English compound comes last: "wedding buffet packages" is sold as "wedding buffet"
FORM_TAIL = {
    "package",
    "packages",
    "bundle",
    "bundles",
    "plan",
    "plans",
    "deal",
    "deals",
    "option",
    "options",
}

# Chat words that never name a product on their own ("jadi gini", "mau nanya dong")
CHAT = {"jadi", "gini", "begini", "gitu", "begitu", "tuh", "itu", "ini", "aja", "mau", "nanya", "tanya", "nih", "dong",
         "hehe", "kalau", "kalo", "soalnya", "karena", "krn", "udah", "sudah", "sih", "deh", "kok", "ok", "oke", "siap",
         "btw", "so", "yang", "yg", "punya", "baru", "lagi", "pokoknya", "intinya", "monggo", "mangga", "silakan",
         "silahkan", "mampir", "yuk", "ayo", "come", "visit", "please", "cek", "kak", "gan", "sis", "ditutup",
         "tutup", "close", "closed", "libur", "dibuka", "cepat", "segera", "urgent", "butuh", "gaes", "ges", "guys",
         "bunda-bunda", "ibu-ibu", "bapak-bapak", "teman-teman", "temen-temen", "kakak-kakak", "akang", "teteh",
         "sobat", "bestie", "dear", "moms", "folks", "everyone", "semua", "all", "there", "aloha", "punten", "hai",
         "halo", "hi", "hello", "eh", "iya", "iyaa", "ehm", "em", "anu", "oh", "okay",
         "well"}  # fmt: skip
