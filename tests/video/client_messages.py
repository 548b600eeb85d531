"""Client messages as UMKM owners send them on WhatsApp, with what a video made from them must get right.

Each row: (message, acceptable products, facts). The brief's product must contain one of the acceptable products
(lower case) in at most two more words, and never be an address, a name clause, a discount or the client's words to
the creator. Every fact (price, deadline, time, handle, URL, phone) must be in the storyboard or named in plan()'s
warnings.

ROUND1 was written before the reader of issue 22 changed and run once on the old reader (product right 9/26, facts
kept 72/103, warned 0); the reader was then built and fitted on it. FRESH was written after the change; its first run
(product right 7/10, facts kept 45/45) is the figure that counts. THIRD was written after the later fixes and run once
(product right 7/10, facts kept 39/39); two of its products are still wrong (see KNOWN_WRONG). Both stay as regression tests. FOURTH (12 messages in shapes the others lack: a venue or event first, long
package names, a voice-note run-on, a forwarded price list, a pre-order, English, old->new prices, "goceng", ranges)
was written before the reader's fourth change and run once on the reader as it was: product right 5/12, facts kept
46/52 (1 of them only as a warning); missed: a range "75-120rb", "H-3"/"H-2", "goceng", "PO ditutup 12/1", a
second "Rp 28.000,-". The reader was then changed by mechanism (a selling verb anywhere in a clause, item names
after the last turn word of a run-on, shared item heads, star words, variant labels, heads of long names, a
self-introduction as a name clause, ranges/slang/lead times/closing dates as facts); fitted, all four sets pass
(ROUND1 26/26, FRESH 10/10, THIRD 10/10 with the villa fixed, FOURTH 12/12; facts 239/239). FIFTH (10 more,
written after that change and not run before) was then run once: product right 8/10, facts kept 47/47 (1 only as a
warning); the two misses are an English greeting read as the product ("Hello! Bloom & Co Florist here") and a
secondary line ("jual pulsa & token listrik juga, tapi yang utama servis printer"); both fixed since by mechanism
(English greetings and "X here" as a name clause, "juga"/"also" marks a side line, "utama" a star word, payment
terms such as "DP 100rb" are never an item). SIXTH (10 more, written after those fixes, not run before) was run
once: product right 5/10, facts kept 49/49 (1 only as a warning); misses: a one-word brand left in the product
("Rental PS5 Gamezone"), the client's words about the video ("video yg rame") read as the product, an event opening
("Pameran UMKM Mall Ciputra"), "Foto" read as a studio name inside "Paket Foto Produk ...", and "isi ulang" cut as a
quantity ("Depot air"). Four of the five were then fixed by mechanism (a request object that describes the video,
"yg rame", is no product; an event opening is a venue clause; a venue word after a label, "Paket Foto", starts no
name; "isi" is a quantity only before a number); the one-word brand stays a strict xfail. SEVENTH (10 more, written after that, not run
before) was run once: product right 6/10, facts kept 40/40 (1 only as a warning); misses: "pecel lele sama ayam
goreng" (a coordinator "sama" not cut), a shouted heading split at a venue word ("RENTAL KEBAYA & GAUN WISUDA" ->
"Gaun Wisuda"), "buka lapak es dawet ..." (the stall kept in the product), "Bikin website UMKM"; all four fixed since by mechanism (coordinators "sama/serta/with" end a head, a shouted
heading is not split at venue words, "buka lapak/stand/booth" is a selling verb, "bikin/pembuatan" lead into the
product, a fact before a price bounds its item name). EIGHTH (10 more, written after that, not run before) was run
once: product right 8/10, facts kept 46/46; misses: a Javanese invitation read as the product ("Monggo mampir
kak") and a five-word Title Case name kept whole ("Keripik Kaca Pedas Daun Jeruk"); both fixed since (invitation
words name nothing, so the opening score goes to the first clause that names something; a name of five words or
more ends at a descriptor or after three words for the headline). NINTH (10 more, written after that, not run
before) was run once: product right 6/10, facts kept 45/45; misses: "PO ditutup H-7" read as the product ("ditutup"),
a greeting "assalamualaikum bun" not removed ("bun"), a shouted heading "PRELOVED BRANDED" lost to the first item,
and "kami hadir dengan Sate Klathak" lost to an item ("tengkleng"); all four fixed since by mechanism (a closing word
before "H-7" makes a deadline and names nothing; greetings to "bun/bu/pak/om..." go; a percent is an offer only with
a word of one, so "kondisi 90%" is no discount; "Minggu ini" is no opening-hours clause; "hadir dengan" is a
selling verb). Three labels were
widened after the first runs, where the strict check failed a right answer ("Es kopi susu aren", "jahit seragam
sekolah & kantor", "Les gitar & piano privat").
TENTH (10 more, written after NINTH's fixes, not run before: shouted promo headings, English and mixed messages,
old->new prices in both orders, packaging/size variants, a category before named items, a language course) was run
once: product right 6/10, facts kept 37/37; misses: a shouted promo heading read as the product ("PROMO GAJIAN!!"
-> "Gajian"), an English selling verb not cut ("offer private yoga classes"), the category after "buka stand"
("jajanan") over the named priced items, and "Kursus bahasa Jepang online ..., kelas 8x" -> "kelas"; not counted as
misses but wrong too: "Rp95rb aja, dari Rp135rb" and "Sebelumnya 60rb/dudukan, ... cuma 45rb/dudukan" read as menus
of two prices instead of a price with its old one. All four fixed since by mechanism: a promo/occasion heading
("PROMO GAJIAN", "Lebaran Sale", "SALE 12.12") names nothing and what follows it is the product; English selling
verbs after "we"/"I" (offer, serve, make, sell ...) take their object; a generic category (jajanan, minuman, aneka,
produk ...) gives way to the first named priced item; one word that names a form (kelas, sesi, paket) or packaging
before a size (Kemasan 200gr, botol 250ml) is never the product; a head never splits a noun from its capitalised
modifier (bahasa Inggris); two prices tied by an old/new marker (dari, sebelumnya, normal, coret, was / sekarang,
cuma, jadi, now) are one item whose higher price is the old one. Fitted: all ten sets 109/110 (the one-word brand
stays xfail), facts kept 503/503.
ELEVENTH (10 more, written after those fixes, not run before) was run once: product right 8/10, facts kept 32/32
(1 only as a warning: "IDR 55K per pax" said as "Rp 55K per pax"); misses: "Sambal bawang kemasan jar 150gr, ...
harga normal 30rb, bulan ini cuma 25rb" -> "bulan ini" (a time word before the new price read as an item name,
though the old/new pair was read right), and "Kost putri dekat kampus UNS" lost to the shared head of its two
variants ("kamar mandi dalam/luar"); also wrong but not counted: a "‼️" emoji kept in the product. Fixed since by
mechanism: time words ("bulan ini", "now", "hari ini") name no item; the shared head of item names ranks below the
opening clause (the items are its variants); a size inside a name ends it ("Tumbler stainless 500ml custom"); more
emoji code points are cut; "IDR 55K" said as "Rp 55K" is the same money. Fitted: all eleven sets 119/120 (the
one-word brand stays xfail), facts kept 535/535.
"""

ROUND1 = [
    (
        "Halo kak, sy mau promosi usaha seblak sy nih 🙏 Seblak Ceker Mercon Rp12.000/porsi, seblak komplit 18rb. "
        "Buka jam 10.00-21.00. Alamat Jl. Cendana No. 4 Bekasi. Order via WA 0857-1122-3344 ya kak",
        ["seblak"],
        ["Rp12.000/porsi", "18rb", "10.00-21.00", "0857-1122-3344"],
    ),
    (
        "Assalamualaikum min. Kami Laundry Wangi Cemerlang, cuci kering setrika Rp6.500/kg, express 1 hari "
        "Rp10.000/kg, bed cover 30rb/pcs. Gratis antar jemput area Sleman. Promo s/d 31 Des diskon 15% utk member "
        "baru. WA 0813-2020-4545",
        ["cuci kering setrika", "cuci setrika", "laundry kiloan"],
        ["Rp6.500/kg", "Rp10.000/kg", "30rb/pcs", "31 Des", "15%", "0813-2020-4545"],
    ),
    (
        "Kak tolong bikinin video buat olshop aku ya 😍 Namanya Kerudungku.id, jual pashmina ceruty 45rb, bergo "
        "instan 35rb. Free ongkir se-Jabodetabek sampe tgl 15 Jan. IG @kerudungku.id, web www.kerudungku.id",
        ["pashmina"],
        ["45rb", "35rb", "15 Jan", "@kerudungku.id", "www.kerudungku.id"],
    ),
    (
        "Sy mau promosi Bengkel Las Sinar Baja. Terima pembuatan pagar besi, kanopi, teralis. Harga pagar mulai "
        "Rp450rb/meter. Survey gratis! Hub. Pak Darmo 0821 3344 5566",
        ["pagar besi", "pagar", "kanopi"],
        ["Rp450rb/meter", "0821 3344 5566"],
    ),
    (
        "Halo! Salon Ayu Cantik lagi ada promo creambath cuma 50rb (normal 75rb) sampai akhir bulan ini. Smoothing "
        "mulai 250rb. Booking dulu via DM IG @salonayucantik atau WA 0878-5656-1212 ✨",
        ["creambath"],
        ["50rb", "75rb", "250rb", "@salonayucantik", "0878-5656-1212"],
    ),
    (
        "Bimbel Pintar Ceria buka pendaftaran les calistung utk anak TK-SD 🎒 Rp200.000/bulan, 8x pertemuan. "
        "Pendaftaran s/d 20 Jul. Lokasi Perum Griya Indah Blok A5 Sidoarjo. Info: 0812-9090-7878",
        ["calistung"],
        ["Rp200.000/bulan", "20 Jul", "0812-9090-7878"],
    ),
    (
        "Rental mobil Amanah Trans Jogja. Avanza 350rb/hari lepas kunci, Innova Reborn 600rb/hari + driver. Weekend "
        "wajib DP 50%. Cek armada di amanahtrans.com atau WA wa.me/6281233445566",
        ["rental mobil", "sewa mobil", "avanza"],
        ["350rb/hari", "600rb/hari", "50%", "amanahtrans.com", "wa.me/6281233445566"],
    ),
    (
        "Pagi kak 🙏 Dapur Bu Rini terima pesanan nasi kotak utk acara kantor, pengajian, arisan. Paket A "
        "Rp25.000/box (ayam bakar), paket B Rp30.000/box (rendang). Min order 20 box, pesan H-2. WA 0815 6767 2323",
        ["nasi kotak"],
        ["Rp25.000/box", "Rp30.000/box", "0815 6767 2323"],
    ),
    (
        "Kopi Teduh buka cabang baru di Jl. Kaliurang km 7! Promo opening 50% off semua menu kopi tgl 5-7 Des 🔥 Es "
        "kopi susu aren normalnya 22rb. Buka jam 8 pagi - 10 malam. Follow @kopiteduh.jogja",
        ["kopi", "es kopi susu aren"],
        ["50%", "5-7 Des", "22rb", "@kopiteduh.jogja"],
    ),
    (
        "PO Kue Kering Lebaran Dapur Nana 🌙 Nastar 1/2 kg 95rb, Kastengel 105rb, Putri salju 85rb. PO dibuka s/d "
        "20 Mar, pengiriman H-7 lebaran. Order: 0896-1234-0099 / IG @dapurnana_",
        ["kue kering", "nastar"],
        ["95rb", "105rb", "85rb", "20 Mar", "0896-1234-0099", "@dapurnana_"],
    ),
    (
        "Servis HP panggilan area Bandung kota 📱 ganti LCD mulai Rp350rb, ganti baterai 150rb, garansi 1 bulan. "
        "Teknisi datang ke rumah. Chat aja 0822-1111-9090",
        ["servis hp"],
        ["Rp350rb", "150rb", "0822-1111-9090"],
    ),
    (
        "Gentleman Barbershop Malang ✂️ haircut + hairwash 40K, hair coloring 120K. Senin-Jumat jam 10.00-20.00. "
        "Mahasiswa tunjukin KTM diskon 10rb! Reservasi: bit.ly/gentleman-mlg",
        ["haircut"],
        ["40K", "120K", "10.00-20.00", "10rb", "bit.ly/gentleman-mlg"],
    ),
    (
        "Permisi kak, sy Ibu Wati dr Dimsum Mentai Mama Wati. Jual dimsum mentai isi 6 harga 28rb, isi 12 cuma 52rb. "
        "Ready tiap hari, COD sekitar Tebet. WA 081399887766 yaa",
        ["dimsum mentai"],
        ["28rb", "52rb", "081399887766"],
    ),
    (
        "Percetakan Jaya Abadi terima cetak undangan pernikahan mulai 2.500/pcs, min 200 pcs. Cetak banner "
        "Rp20rb/meter. Buka Senin-Sabtu 08.00-17.00 WIB. Email/WA 0274-556677 atau 0811-2929-3030",
        ["undangan"],
        ["2.500/pcs", "Rp20rb/meter", "08.00-17.00", "0274-556677", "0811-2929-3030"],
    ),
    (
        "Halo kak, aku punya usaha grooming kucing panggilan namanya Meong Care 🐱 Grooming lengkap 85rb/ekor, mandi "
        "jamur 100rb/ekor. Diskon 20% buat 2 kucing atau lebih s/d akhir Des. Cek tiktok @meongcare.id",
        ["grooming"],
        ["85rb/ekor", "100rb/ekor", "20%", "akhir Des", "@meongcare.id"],
    ),
    (
        "Konveksi Rapi Jaya nerima jahit seragam sekolah & kantor. Kemeja seragam 95rb/pcs bahan drill, minimal 24 "
        "pcs. Pengerjaan 2 minggu. Kunjungi workshop kami di Jl. Ahmad Yani 88 Surabaya. Telp/WA 0857 3030 1212",
        ["seragam", "jahit seragam"],
        ["95rb/pcs", "0857 3030 1212"],
    ),
    (
        "AYAM GEPREK MBAK SRI 🔥🔥 paket hemat nasi + ayam geprek + es teh cuma 15rb!! Level pedas 0-5. Ada di GoFood "
        "& ShopeeFood, cari aja 'Geprek Mbak Sri'. Buka 10 pagi sampe 9 malem",
        ["ayam geprek", "paket hemat"],
        ["15rb"],
    ),
    (
        "Halo kak saya Dimas dari Lensa Cerita Studio. Mau minta tolong dibuatin video promosi paket foto prewedding "
        "kami: Rp1,5jt (1 lokasi, 50 foto edit), Rp2,5jt (2 lokasi + video cinematic). Booking sebelum 31 Jan dapat "
        "free album. Portfolio: lensacerita.com | IG @lensacerita",
        ["prewedding"],
        ["Rp1,5jt", "Rp2,5jt", "31 Jan", "lensacerita.com", "@lensacerita"],
    ),
    (
        "Jasa cuci AC Dingin Terus 🥶 cuci AC 1/2-1 PK cuma Rp65.000, isi freon R32 mulai 200rb. Area Jaksel & "
        "Depok. Promo bulan ini beli 2 gratis 1 cuci! WA 0812-7000-8000",
        ["cuci ac"],
        ["Rp65.000", "200rb", "0812-7000-8000"],
    ),
    (
        "Disewakan kamar kos putri dekat kampus UNS, fasilitas AC, wifi, kamar mandi dalam. Rp1.100.000/bulan, bisa "
        "bulanan/tahunan (Rp12jt/thn). Hub Bu Endang 0813-2525-6060. Alamat Jl. Kartika 3 Kentingan",
        ["kamar kos", "kos putri"],
        ["Rp1.100.000/bulan", "Rp12jt/thn", "0813-2525-6060"],
    ),
    (
        "Madu hutan asli Sumbawa 🍯 botol 500ml Rp85.000, 1 liter Rp160.000. Tanpa campuran, ada uji lab. Pesan di "
        "Shopee: shopee.co.id/maduhutansumbawa atau WA 0852-4141-7070",
        ["madu hutan"],
        ["Rp85.000", "Rp160.000", "shopee.co.id/maduhutansumbawa", "0852-4141-7070"],
    ),
    (
        "Yuk ikut kelas yoga pagi di Studio Lentera! Drop in 75rb/sesi, paket 8x sesi Rp480.000. Jadwal Sabtu & "
        "Minggu jam 07.00. Early bird diskon 25% s/d 10 Feb. Daftar lewat linktr.ee/studiolentera",
        ["yoga"],
        ["75rb/sesi", "Rp480.000", "07.00", "25%", "10 Feb", "linktr.ee/studiolentera"],
    ),
    (
        "Bersih Kilat Cleaning Service 🧹 jasa bersih rumah harian Rp150rb (4 jam), deep cleaning kamar mandi 200rb. "
        "Pesan H-1 via WA +62 812-6060-1313. Melayani Jakarta Timur dan Bekasi.",
        ["bersih rumah", "cleaning"],
        ["Rp150rb", "200rb", "+62 812-6060-1313"],
    ),
    (
        "Assalamualaikum kak 🙏 Mau titip promosi keripik pisang coklat produksi sendiri, merk Kriuk Mama. 250gr "
        "20rb, 500gr 38rb. Halal & tanpa pengawet. Order di Tokopedia Kriuk Mama atau WA 085711223399. Makasih kak",
        ["keripik pisang"],
        ["20rb", "38rb", "085711223399"],
    ),
    (
        "Sewa motor Bali murah 🛵 Scoopy 70k/hari, NMAX 120k/hari, antar ke hotel gratis area Kuta-Seminyak. Sewa "
        "mingguan diskon 10%. WA/Telegram +6281999000111, IG @balirideku",
        ["sewa motor"],
        ["70k/hari", "120k/hari", "10%", "+6281999000111", "@balirideku"],
    ),
    (
        "Roti Sobek Bu Tin 🍞 ukuran jumbo 25rb, varian coklat, keju, srikaya. Promo Jumat Berkah beli 3 gratis 1 "
        "tiap Jumat. Buka 06.00-18.00, lokasi depan Pasar Kranggan. Pesan banyak: 0856-4545-9898",
        ["roti sobek"],
        ["25rb", "beli 3 gratis 1", "06.00-18.00", "0856-4545-9898"],
    ),
]

FRESH = [
    (
        "Assalamualaikum kak, sy Bu Yati pemilik Martabak Manis Bang Ucok 😁 mau dibantu promosi dong. Martabak coklat "
        "keju 35rb, martabak telor spesial 30rb. Buka tiap hari 16.00-23.00 di depan Indomaret Jl. Sudirman. Pesan antar "
        "via GrabFood atau WA 0812-3434-5656",
        ["martabak"],
        ["35rb", "30rb", "16.00-23.00", "0812-3434-5656"],
    ),
    (
        "CUCI MOBIL SALJU KINCLONG 🚗💦 cuci body + interior cuma 45rb, cuci motor 15rb. Tiap Selasa diskon 20%! Lokasi: "
        "Jl. Gatot Subroto 21 Medan. Buka 08.00-18.00. IG @kinclong.carwash",
        ["cuci mobil"],
        ["45rb", "15rb", "20%", "08.00-18.00", "@kinclong.carwash"],
    ),
    (
        "Kak bisa tolong bikinin konten buat jasa makeup aku? Makeup wisuda Rp250.000, makeup pengantin mulai Rp2,5jt "
        "include hairdo. Booking sebelum 28 Feb dapet free bulu mata. Portofolio di IG @makeupbyrina_ , WA 0858-7171-2020",
        ["makeup"],
        ["Rp250.000", "Rp2,5jt", "28 Feb", "@makeupbyrina_", "0858-7171-2020"],
    ),
    (
        "Servis laptop & PC Tekno Solusi 💻 install ulang Windows 75rb, ganti SSD 256GB 450rb (sudah termasuk barang), "
        "bersihin kipas 50rb. Garansi 30 hari. Antar jemput gratis area Depok. Chat 0896-5151-7272 / tekno-solusi.com",
        ["servis laptop"],
        ["75rb", "450rb", "50rb", "0896-5151-7272", "tekno-solusi.com"],
    ),
    (
        "Permisi min 🙏 Mie Ayam Pakde Karso buka lagi nih setelah renovasi. Mie ayam bakso Rp13.000/mangkok, mie ayam "
        "ceker 15rb. Promo pembukaan beli 2 gratis 1 es jeruk s/d 10 Mar. Jam 10.00 - 15.00 aja ya",
        ["mie ayam"],
        ["Rp13.000/mangkok", "15rb", "beli 2 gratis 1", "10 Mar", "10.00 - 15.00"],
    ),
    (
        "Daycare Ceria Bunda menerima penitipan anak usia 1-5 thn 👶 Rp1.500.000/bulan (full day 07.00-17.00), harian "
        "90rb/hari. Pengasuh terlatih, makan 3x sehari. Daftar sblm 15 Juli diskon 10%. Info www.daycareceriabunda.id "
        "atau 0811-8888-4321",
        ["penitipan anak", "daycare"],
        [
            "Rp1.500.000/bulan",
            "07.00-17.00",
            "90rb/hari",
            "15 Juli",
            "10%",
            "www.daycareceriabunda.id",
            "0811-8888-4321",
        ],
    ),
    (
        "Jual ikan cupang hias kualitas kontes 🐟 halfmoon mulai 50rb/ekor, plakat 75rb. Kirim ke seluruh Indonesia "
        "pakai box + oksigen. Shopee: shopee.co.id/cupangjuara, DM IG @cupang.juara",
        ["cupang"],
        ["50rb/ekor", "75rb", "shopee.co.id/cupangjuara", "@cupang.juara"],
    ),
    (
        "Halo kak, saya Andi dari Tenda Berkah Rental. Mau promosi sewa tenda & kursi utk hajatan. Tenda 4x6 "
        "Rp400rb/hari, kursi futura 3rb/pcs, sound system mulai 500rb. Area Bogor & sekitarnya. Hub 0857-2222-9999 "
        "(WA/telp)",
        ["sewa tenda"],
        ["Rp400rb/hari", "3rb/pcs", "500rb", "0857-2222-9999"],
    ),
    (
        "Jamu gendong modern 🌿 Kunyit asam, beras kencur, temulawak 8rb/botol 250ml, paket 5 botol 35rb. Tanpa pengawet "
        "& tanpa gula pasir. Open PO tiap Senin & Kamis, kirim H+1. Order WA 081377776666",
        ["jamu"],
        ["8rb/botol", "35rb", "081377776666"],
    ),
    (
        "Les gitar & piano privat utk anak dan dewasa 🎸🎹 guru datang ke rumah, 4x pertemuan Rp300.000. Trial class "
        "gratis 1x! Wilayah Semarang atas. Hubungi Kak Dimas 0822-6060-1515 atau IG @musikdimas",
        ["les gitar", "les piano", "les musik", "les gitar & piano"],
        ["Rp300.000", "0822-6060-1515", "@musikdimas"],
    ),
]

# Written after the reader was fitted to ROUND1 and FRESH; first run: product right 7/10, facts kept 39/39.
THIRD = [
    (
        "Bengkel Motor Berkah Jaya 🔧 servis CVT matic cuma 60rb, ganti oli + cek rem 45rb. Tiap Sabtu diskon 15% buat "
        "ojol! Alamat: Jl. Raya Bogor km 30. Buka Senin-Sabtu 08.00-17.00. WA 0813-9090-1122",
        ["servis cvt", "servis"],
        ["60rb", "45rb", "15%", "08.00-17.00", "0813-9090-1122"],
    ),
    (
        "kak mau minta tolong promoin sewa baju adat anak buat karnaval 17an 🇮🇩 sewa 1 set 50rb/hari, ada baju Jawa, "
        "Bali, Dayak, Minang. booking s/d 15 Agt ya. IG @kostumceria.smg",
        ["baju adat", "sewa baju adat"],
        ["50rb/hari", "s/d 15 Agt", "@kostumceria.smg"],
    ),
    (
        "Aqiqah Barokah Ibu Siti melayani paket aqiqah kambing jantan, paket A Rp2.200.000 (1 kambing, 80 box nasi), "
        "paket B Rp4.000.000 (2 kambing, 150 box). Gratis sertifikat + dokumentasi. Hub 0852-1111-3344",
        ["aqiqah", "paket aqiqah"],
        ["Rp2.200.000", "Rp4.000.000", "0852-1111-3344"],
    ),
    (
        "ES KRIM HOMEMADE RASA DURIAN & ALPUKAT 🍦 cup kecil 10rb, cup besar 18rb, 1 liter 65rb!! Tanpa pengawet. "
        "Ready di Toko Ayu, Jl. Pemuda 12 Klaten. Order: 0877-2323-4545",
        ["es krim"],
        ["10rb", "18rb", "65rb", "0877-2323-4545"],
    ),
    (
        "Halo kak, saya Rudi, desainer grafis freelance. Mau promosi jasa desain logo UMKM: paket basic Rp150.000 "
        "(2 konsep, 2x revisi), paket pro Rp350.000. Proses 3 hari kerja. Portofolio behance.net/rudidesain | WA 0819-4545-6767",
        ["desain logo"],
        ["Rp150.000", "Rp350.000", "behance.net/rudidesain", "0819-4545-6767"],
    ),
    (
        "Villa Kabut Dieng 🏡 kapasitas 10 org, 3 kamar, air panas, view gunung. Weekday Rp1,2jt/malam, weekend "
        "Rp1,8jt/malam. Promo Desember: menginap 2 malam diskon 10%. Booking: wa.me/6281225253636",
        ["villa"],
        ["Rp1,2jt/malam", "Rp1,8jt/malam", "10%", "wa.me/6281225253636"],
    ),
    (
        "Pet hotel & grooming Paw Paw 🐶🐱 penitipan kucing 35rb/hari, anjing kecil 50rb/hari. Sudah termasuk makan 2x. "
        "Lebaran wajib booking H-7! Lokasi Cibubur. DM @pawpaw.pethotel",
        ["penitipan kucing", "pet hotel"],
        ["35rb/hari", "50rb/hari", "@pawpaw.pethotel"],
    ),
    (
        "Kursus menjahit untuk pemula di Sanggar Jahit Bu Ratna ✂️ 8x pertemuan Rp500.000 termasuk bahan. Kelas Selasa & "
        "Kamis jam 13.00-15.00. Pendaftaran paling lambat 20 Jan. Info 0821-7878-9090",
        ["kursus menjahit"],
        ["Rp500.000", "13.00-15.00", "20 Jan", "0821-7878-9090"],
    ),
    (
        "Toko Bangunan Sumber Rejeki: semen Gresik 50kg Rp62.000/sak, bata merah Rp700/biji, pasir 1 pick up 450rb. "
        "Gratis antar radius 5 km. Telp (0271) 654321 / WA 0813-6565-7878",
        ["semen", "bahan bangunan"],
        ["Rp62.000/sak", "Rp700/biji", "450rb", "(0271) 654321", "0813-6565-7878"],
    ),
    (
        "Bimbel online persiapan UTBK 📚 kelas intensif 3 bulan cuma Rp899rb (normal Rp1,5jt)! Tryout tiap minggu, "
        "mentor dari PTN favorit. Daftar sebelum 31 Okt di bimbelsukses.id/utbk",
        ["utbk", "bimbel online", "kelas intensif"],
        ["Rp899rb", "Rp1,5jt", "31 Okt", "bimbelsukses.id/utbk"],
    ),
]

# Written before the reader's fourth change (venue/event first, long names, pre-orders, run-on voice-note text,
# forwarded price lists, English, old->new prices, "goceng", ranges); first run recorded in the docstring.
FOURTH = [
    (
        "Di CFD Dago minggu ini kami jual cilok kuah pedas 10rb, batagor kuah 15k. Cuma sampai jam 10 pagi ya "
        "kak, habis itu bubar 😅 follow IG @cilok.mangujang",
        ["cilok"],
        ["10rb", "15k", "@cilok.mangujang"],
    ),
    (
        "Paket Nasi Liwet Komplit Ayam Bakar Sambal Terasi Rp 35.000,- per porsi, Paket Nasi Liwet Ikan Asin Jambal "
        "Pete Rp 28.000,-. PO ditutup 12/1, dikirim tgl 14. Pesen ke 0812 8877 6655 (Teh Imas)",
        ["nasi liwet", "liwet"],
        ["Rp 35.000,- per porsi", "Rp 28.000,-", "12/1", "0812 8877 6655"],
    ),
    (
        "jadi gini kak aku tuh jualan sambel botol homemade udah 2 tahun nah sekarang mau naikin penjualan soalnya "
        "sepi hehe ada sambel bawang 25rb sambel cumi 35rb terus sambel roa juga 40rb kirim ke seluruh indonesia "
        "bisa cod juga wa aku aja di 085612349876 makasih kak",
        ["sambel", "sambal"],
        ["25rb", "35rb", "40rb", "085612349876"],
    ),
    (
        "*PRICELIST BUKET WISUDA* 🌸\n💐 Buket bunga mawar asli 150k\n💐 Buket snack 75-120rb\n💐 Buket uang (jasa "
        "rangkai) 50k\n📍 Free kartu ucapan\n⏰ Order H-3 sebelum wisuda\n📲 0878 1234 5678 / @buketbyalya",
        ["buket"],
        ["150k", "75-120rb", "50k", "H-3", "0878 1234 5678", "@buketbyalya"],
    ),
    (
        "Jasa pindahan rumah & kost Angkut Cepat 🚚 pickup bak 250rb dalam kota, engkel box 450rb. Sudah termasuk 2 "
        "tenaga angkut. Booking min H-2, hubungi Pak Joko 0813.5555.7777",
        ["pindahan", "jasa pindahan", "angkut"],
        ["250rb", "450rb", "H-2", "0813.5555.7777"],
    ),
    (
        "OPEN PO Bolu Pandan Lumer 🍰 ukuran 20x20 IDR 85K, ukuran 10x20 IDR 45K. PO sampai Minggu, kirim hari Rabu. "
        "DM @bolulumer.id atau order lewat bit.ly/po-bolu",
        ["bolu pandan", "bolu"],
        ["IDR 85K", "IDR 45K", "sampai Minggu", "@bolulumer.id", "bit.ly/po-bolu"],
    ),
    (
        "Hi kak! We're Sunny Side Brunch, our new menu: smashed avocado toast IDR 55K and big breakfast platter 75K. "
        "All coffee 20% off until end of March. Reservations via sunnyside.id or 0811 2345 6789 ☀️",
        ["avocado toast", "brunch", "breakfast"],
        ["IDR 55K", "75K", "20%", "end of March", "sunnyside.id", "0811 2345 6789"],
    ),
    (
        "Kedai Pak Min sedia es teh manis 4rb, kerupuk 1rb, tapi andalan kami Soto Ayam Lamongan 15rb/mangkok 🍜 "
        "Buka 06.00-14.00. Lokasi Jl. Diponegoro 45 Tuban",
        ["soto ayam", "soto"],
        ["4rb", "1rb", "15rb/mangkok", "06.00-14.00"],
    ),
    (
        "Cuci sepatu Sneakers Bersih 👟 deep clean dari 50rb jadi 35rb khusus bulan ini! Unyellowing normal 75rb, "
        "sekarang 60rb. Drop point di depan Kampus UGM. WA: 62857-4433-2211",
        ["cuci sepatu", "deep clean"],
        ["50rb", "35rb", "75rb", "60rb", "62857-4433-2211"],
    ),
    (
        "Es Teh Jumbo Segerr cuma goceng!! Rasa lemon, leci, markisa. Ready tiap hari depan SMAN 3, buka jam 9 pagi - "
        "5 sore. Follow tiktok @esteh.segerr",
        ["es teh"],
        ["goceng", "jam 9 pagi - 5 sore", "@esteh.segerr"],
    ),
    (
        "Bazar Ramadhan Masjid Al-Ikhlas tgl 20-25 Mar, stand kami jual kurma Ajwa 120rb/500gr dan kurma Sukari "
        "85rb/kg. Bisa titip pesan dulu: 0819 2222 3333",
        ["kurma"],
        ["20-25 Mar", "120rb", "85rb/kg", "0819 2222 3333"],
    ),
    (
        "Terima servis mesin cuci & kulkas panggilan wilayah Makassar. Cek kerusakan Rp 50.000 (gratis kalau jadi "
        "servis), ganti modul mulai 300rb. Telp/WA: (0411) 887766 atau +62 852 9988 7766",
        ["servis mesin cuci", "mesin cuci"],
        ["Rp 50.000", "300rb", "(0411) 887766", "+62 852 9988 7766"],
    ),
]

# Written after the fourth change and before running anything on them; the first run is recorded in the docstring.
FIFTH = [
    (
        "Open trip Bromo sunrise 🌄 tgl 12-13 Okt, meeting point Stasiun Malang. Harga 350rb/org (normal 425rb) udah "
        "termasuk jeep, tiket masuk, guide. DP 100rb, pelunasan H-3. Slot tinggal 8! Daftar: wa.me/6285233114455",
        ["open trip bromo", "trip bromo", "bromo"],
        ["12-13 Okt", "350rb/org", "425rb", "100rb", "H-3", "wa.me/6285233114455"],
    ),
    (
        "Jastip Bangkok batch 3 ✈️ close PO 20/3! Titip Thai tea ChaTraMue 65rb, snack Bento 25rb/pack, Naraya mulai "
        "120rb. Fee jastip sudah termasuk. Ongkir dari Jakarta ditanggung pembeli. Order lewat IG @jastip.bkk_rina",
        ["jastip"],
        ["20/3", "65rb", "25rb/pack", "120rb", "@jastip.bkk_rina"],
    ),
    (
        "halo kak aku bu ani yang jual tahu bakso di depan sd 2 itu lho sekarang aku terima pesanan frozen juga isi 10 "
        "biji 20rb isi 25 biji 45rb bisa diantar daerah ungaran kalo mau pesen wa aja 0813 2929 1010 ya kak",
        ["tahu bakso"],
        ["20rb", "45rb", "0813 2929 1010"],
    ),
    (
        "🥬 SAYUR HIDROPONIK KEBUN PAK AMIN 🥬\n✅ Selada keriting 8rb/pack\n✅ Pakcoy 7rb/pack\n✅ Kangkung 5rb/ikat\n"
        "✅ Paket sayur seminggu 45rb\n🚚 Kirim tiap Selasa & Jumat, pesan paling lambat H-1\n☎️ +62 812-4747-5858",
        ["sayur hidroponik", "sayur", "hidroponik"],
        ["8rb/pack", "7rb/pack", "5rb/ikat", "45rb", "H-1", "+62 812-4747-5858"],
    ),
    (
        "Di Pasar Kaget GOR Satria tiap Minggu pagi, lapak kami jual kue cubit green tea 10rb isi 8, kue cubit coklat "
        "lumer 12rb. Dari jam 6 sampai jam 10 pagi aja ya! IG @kuecubit.mbakdewi",
        ["kue cubit"],
        ["10rb", "12rb", "jam 6 sampai jam 10 pagi", "@kuecubit.mbakdewi"],
    ),
    (
        "Hello! Bloom & Co Florist here 💐 Valentine special: hand bouquet 12 roses IDR 350K, single rose in box IDR "
        "95K. Pre-order closes 10 Feb, delivery 14 Feb around Jakarta. DM @bloomandco.jkt or order at "
        "https://bloomandco.id/valentine",
        ["hand bouquet", "bouquet", "roses", "rose"],
        ["IDR 350K", "IDR 95K", "10 Feb", "14 Feb", "@bloomandco.jkt", "https://bloomandco.id/valentine"],
    ),
    (
        "Pijat refleksi panggilan Mas Yoga 💆 1,5 jam dari 150rb jadi 120rb khusus pelanggan baru! Bekam ceban per "
        "titik. Area Cimahi-Bandung barat. Booking H-1 via WA 0857 2020 3131",
        ["pijat refleksi", "pijat"],
        ["150rb", "120rb", "ceban", "H-1", "0857 2020 3131"],
    ),
    (
        "Toko kami jual pulsa & token listrik juga, tapi yang utama servis printer: ganti cartridge 50rb, reset printer "
        "Epson 35rb, infus printer mulai 250rb. Buka Senin-Sabtu 09.00-18.00. Hub 0812-6565-1414",
        ["servis printer"],
        ["50rb", "35rb", "250rb", "09.00-18.00", "0812-6565-1414"],
    ),
    (
        "Tumpeng Mini Nasi Kuning Lauk Komplit 7 Macam Rp 45.000,-/box, Tumpeng Besar Nasi Kuning untuk 20 orang "
        "Rp 650.000,-. Cocok untuk syukuran & ulang tahun. Pesan s.d. 3 hari sebelum acara. Dapur Mbak Tari, "
        "0878-3434-5656",
        ["tumpeng"],
        ["Rp 45.000,-/box", "Rp 650.000,-", "0878-3434-5656"],
    ),
    (
        "Terima jasa sablon kaos satuan & lusinan 👕 DTF A4 25-35rb/pcs tergantung warna, polyflex mulai 15rb. "
        "Pengerjaan 1-2 hari. Katalog: https://linktr.ee/sablonkilat, WA/Telegram 0896 7777 2121",
        ["sablon kaos", "sablon"],
        ["25-35rb/pcs", "15rb", "https://linktr.ee/sablonkilat", "0896 7777 2121"],
    ),
]

# Written after FIFTH's misses were fixed, before running anything on them; the first run is in the docstring.
SIXTH = [
    (
        "Rental PS5 Gamezone 🎮 main di tempat 15 ribu/jam, sewa bawa pulang 150rb/hari (min 2 hari, jaminan KTP). "
        "Weekend rame, booking dulu ya! DM IG @gamezone.rental atau WA +6281390901212",
        ["rental ps5", "ps5", "sewa ps5", "rental ps"],
        ["15 ribu/jam", "150rb/hari", "@gamezone.rental", "+6281390901212"],
    ),
    (
        "*PARFUM REFILL AROMA BRANDED* ✨\n_Tahan 8-12 jam_\n30ml: Rp. 35.000\n50ml: Rp. 55.000\n100ml: Rp. 95.000\n"
        "Beli 3 gratis 1 botol 10ml s.d 30/6\nOrder: s.id/parfumku | 0857-1010-2323 (WA only)",
        ["parfum refill", "parfum"],
        [
            "Rp. 35.000",
            "Rp. 55.000",
            "Rp. 95.000",
            "Beli 3 gratis 1",
            "30/6",
            "s.id/parfumku",
            "0857-1010-2323",
        ],
    ),
    (
        "Angkringan Mas Bejo buka tiap malam di alun-alun 🌙 nasi kucing seceng-an, sate usus 2rb, wedang jahe 4rb. "
        "Kak tolong bikinin video yg rame ya buat tiktok 🙏 jam 18.00-01.00",
        ["angkringan", "nasi kucing"],
        ["seceng", "2rb", "4rb", "18.00-01.00"],
    ),
    (
        "Healthy catering by Dapur Fit 🥗 weekly plan 5 days lunch only IDR 275K, lunch + dinner IDR 500K. Low cal, no "
        "MSG. Order before Friday for next week's menu! Free delivery Jaksel. Info: dapurfit.id / @dapurfit",
        ["catering", "healthy catering"],
        ["IDR 275K", "IDR 500K", "before Friday", "dapurfit.id", "@dapurfit"],
    ),
    (
        "mas aku mau tanya bisa bikinin video buat usaha servis jam tangan aku ga ganti baterai cuma 25rb ganti kaca "
        "mulai 75rb tali kulit 50 rb ditunggu aja di kios aku pasar baru lantai 2 blok C no 12 atau wa 0812 5656 7878",
        ["servis jam tangan", "servis jam"],
        ["25rb", "75rb", "50 rb", "0812 5656 7878"],
    ),
    (
        "Tanaman Hias Ijo Royo 🌿 Monstera adansonii normal 85rb promo 65rb, Calathea 45rb, Sansevieria mulai 25rb. "
        "Promo cuma sampai Jumat! Kirim pakai kardus aman. Shopee: shopee.co.id/ijoroyo",
        ["tanaman hias", "monstera"],
        ["85rb", "65rb", "45rb", "25rb", "sampai Jumat", "shopee.co.id/ijoroyo"],
    ),
    (
        "Pameran UMKM Mall Ciputra 5-7 Juli booth B12 📍 kami bawa tas rotan handmade: tas bulat 175rb, tas keranjang "
        "120rb, dompet rotan 65rb. Selama pameran diskon 10%. Katalog: tokopedia.com/rotanasri",
        ["tas rotan", "rotan"],
        ["5-7 Juli", "175rb", "120rb", "65rb", "10%", "tokopedia.com/rotanasri"],
    ),
    (
        "Paket Foto Produk Katalog Marketplace Background Putih 10 foto Rp 150.000, Paket Foto Produk Lifestyle dengan "
        "Model 10 foto Rp 450.000. Hasil 3 hari kerja. Portfolio: behance.net/fotoprodukjogja | WA 0878-9090-1111",
        ["foto produk"],
        ["Rp 150.000", "Rp 450.000", "behance.net/fotoprodukjogja", "0878-9090-1111"],
    ),
    (
        "Depot air isi ulang Tirta Murni 💧 galon isi ulang 5rb, antar gratis min 2 galon. Gas LPG 3kg 22rb. Buka "
        "07.00-21.00. Telp/WA 0274-889900 / 0813 2828 4646",
        ["air isi ulang", "galon", "isi ulang"],
        ["5rb", "22rb", "07.00-21.00", "0274-889900", "0813 2828 4646"],
    ),
    (
        "Pendaftaran kelas coding anak (7-12 thn) batch Juli dibuka! 🧑‍💻 8x pertemuan online cuma Rp 600rb, early bird "
        "Rp 450rb s.d 15 Juni. Kuota 20 anak. Daftar: bit.ly/codingkids-juli",
        ["kelas coding", "coding"],
        ["Rp 600rb", "Rp 450rb", "15 Juni", "bit.ly/codingkids-juli"],
    ),
]

# Written after SIXTH's fixes, before running anything on them; the first run is in the docstring.
SEVENTH = [
    (
        "Custom cake ulang tahun 🎂 diameter 16cm mulai 180rb, 20cm mulai 250rb. Bisa request karakter (tambah 50rb). "
        "Order minimal H-3 ya bun. Cake by Nadia, IG: instagram.com/cakebynadia / WA 0821-3030-4040",
        ["custom cake", "cake", "kue ulang tahun"],
        ["180rb", "250rb", "50rb", "H-3", "instagram.com/cakebynadia", "0821-3030-4040"],
    ),
    (
        "Pempek Palembang asli kiriman langsung dari Plaju 🐟 paket kecil 10 pcs Rp 55.000, paket besar 25 pcs "
        "Rp 125.000, cuko kental gratis. PO tiap Kamis, close Selasa jam 12 siang. WA 0852 6060 7070",
        ["pempek"],
        ["Rp 55.000", "Rp 125.000", "jam 12 siang", "0852 6060 7070"],
    ),
    (
        "Jasa pasang CCTV rumah & toko 📹 paket 2 kamera 1,8jt, paket 4 kamera 3,2jt sudah termasuk pemasangan + "
        "garansi 1 tahun. Survey gratis area Sidoarjo-Surabaya. Hubungi Teknisi Arif: 0857-8080-1212",
        ["cctv", "pasang cctv"],
        ["1,8jt", "3,2jt", "0857-8080-1212"],
    ),
    (
        "iya kak jadi aku jualan pecel lele sama ayam goreng di pinggir jalan raya serpong tiap malem mulai jam 5 sore "
        "pecel lele 17rb ayam goreng 20rb nasi uduk 6rb kalo mau gofood juga ada cari aja Pecel Lele Cak Mat",
        ["pecel lele"],
        ["17rb", "20rb", "6rb"],
    ),
    (
        "👗 RENTAL KEBAYA & GAUN WISUDA 👗\nKebaya modern: 150K/3 hari\nGaun pesta: 200K/3 hari\nDeposit 300K "
        "(dikembalikan)\nFitting by appointment, book via linktr.ee/sewagaunjkt or @sewagaun.jkt",
        ["kebaya", "sewa kebaya", "rental kebaya"],
        ["150K/3 hari", "200K/3 hari", "300K", "linktr.ee/sewagaunjkt", "@sewagaun.jkt"],
    ),
    (
        "Di Car Free Day Solo setiap Minggu kami buka lapak es dawet ayu Banjarnegara cuma 7rb/gelas 🥤 Mulai jam 6 "
        "pagi sampe habis. Follow @dawetayu.solo",
        ["es dawet", "dawet"],
        ["7rb/gelas", "@dawetayu.solo"],
    ),
    (
        "Sepatu kulit handmade Garut 👞 Pantofel pria harga coret 450rb sekarang 349rb, boots kulit 650rb. Garansi "
        "jahitan 6 bulan. Free ongkir Jawa-Bali s/d 31 Mei. Tokopedia: tokopedia.com/garutleather",
        ["sepatu kulit", "pantofel", "sepatu"],
        ["450rb", "349rb", "650rb", "31 Mei", "tokopedia.com/garutleather"],
    ),
    (
        "Bikin website UMKM cuma 1,5 juta aja kak (domain .com + hosting 1 thn + 5 halaman). Selesai 7 hari kerja. "
        "Promo November: gratis logo! Lihat contoh di webumkm.id/portofolio, WA 0819-2323-5656",
        ["website"],
        ["1,5 juta", "webumkm.id/portofolio", "0819-2323-5656"],
    ),
    (
        "Kopi bubuk robusta Temanggung 200gr 45rb, arabika Java Preanger 200gr 75rb ☕ roasting tiap Senin, fresh! "
        "Reseller welcome, harga khusus min 10 pack. Order: 0813-4545-0101 / shopee.co.id/kopitemanggung",
        ["kopi bubuk", "kopi"],
        ["45rb", "75rb", "0813-4545-0101", "shopee.co.id/kopitemanggung"],
    ),
    (
        "Les renang anak usia 4-12 thn di Kolam Renang Tirta Sari 🏊 paket 8x Rp 400.000, private 1-on-1 Rp "
        "100.000/sesi. Jadwal Sabtu-Minggu 07.00-10.00. Pendaftaran sampai tgl 20 ya bunda! Daftar "
        "wa.me/6281511112222",
        ["les renang", "renang"],
        ["Rp 400.000", "Rp 100.000/sesi", "07.00-10.00", "tgl 20", "wa.me/6281511112222"],
    ),
]

# Written after SEVENTH's fixes, before running anything on them; the first run is in the docstring.
EIGHTH = [
    (
        "Monggo mampir kak 🙏 Bakso Urat Pak Gino, semangkok 15rb, bakso beranak jumbo 25rb, es teh 4rb. Buka jam "
        "10.00-21.00, Senin libur. Lokasi Jl. Magelang km 5 (samping Alfamart). Pesan antar WA 0878-2121-3434",
        ["bakso"],
        ["15rb", "25rb", "4rb", "10.00-21.00", "0878-2121-3434"],
    ),
    (
        "Facial & treatment wajah di Glow Skin Clinic ✨ facial basic IDR 150K, acne treatment IDR 275K, peeling mulai "
        "IDR 1.2jt. Promo member baru diskon 25rb s/d akhir bulan. Booking: glowskin.id/booking | @glowskin.clinic",
        ["facial"],
        [
            "IDR 150K",
            "IDR 275K",
            "IDR 1.2jt",
            "25rb",
            "akhir bulan",
            "glowskin.id/booking",
            "@glowskin.clinic",
        ],
    ),
    (
        "OPEN RESELLER gorden & vitrase 🏠 harga grosir gorden blackout Rp1.250.000/set (3 jendela), vitrase "
        "45rb/meter. Ready stock, bisa ukur ke rumah area Tangerang. CP: Bu Lina 0812 9898 0000 / 0857 1212 3434",
        ["gorden"],
        ["Rp1.250.000/set", "45rb/meter", "0812 9898 0000", "0857 1212 3434"],
    ),
    (
        "25rb dapet 3 box! 🍡 Jajan pasar Mbok Yem: klepon, lemper, nagasari, dadar gulung. Pesanan arisan/rapat min "
        "H-1 ya. Ambil di Pasar Gede los 14 atau GoSend. WA 0896-3434-5656",
        ["jajan pasar", "kue basah", "klepon"],
        ["25rb", "H-1", "0896-3434-5656"],
    ),
    (
        "English course for kids & teens 🇬🇧 Speaking class 8 sessions IDR 600K, IELTS prep 12 sessions IDR 2.4jt. "
        "Free placement test until 30 Sept! Classes at Jl. Pahlawan 9 Semarang or online. Register: "
        "https://forms.gle/englishkids | 0813-7070-8080",
        ["english course", "speaking class", "english"],
        ["IDR 600K", "IDR 2.4jt", "30 Sept", "https://forms.gle/englishkids", "0813-7070-8080"],
    ),
    (
        "jadi kak aku punya usaha ikan segar langsung dari nelayan muara angke tiap pagi kakap merah 85rb/kg bawal "
        "60rb/kg udang vaname 95rb/kg bisa dibersihin gratis ongkir sekitar jakut pesen h-1 ke 0877 4545 6767 ya",
        ["ikan segar", "ikan"],
        ["85rb/kg", "60rb/kg", "95rb/kg", "0877 4545 6767"],
    ),
    (
        "Dekorasi lamaran & akad nikah 💐 paket intimate (backdrop + meja akad) mulai 3,5jt, paket full 7,5jt. "
        "Booking Desember DP dulu 1jt aja. Cek hasil kerja di instagram.com/dekorasianggun, WA 0822 3131 4545",
        ["dekorasi", "dekorasi lamaran", "dekorasi pernikahan"],
        ["3,5jt", "7,5jt", "1jt", "instagram.com/dekorasianggun", "0822 3131 4545"],
    ),
    (
        "Bengkel sepeda Gowes Jaya 🚲 servis ringan 35rb, servis lengkap (bongkar total) 120rb, ganti ban luar mulai "
        "80rb. Minggu pagi buka jam 6. Antar jemput sepeda gratis radius 3 km! IG @gowesjaya.bks",
        ["servis sepeda", "servis ringan", "sepeda"],
        ["35rb", "120rb", "80rb", "@gowesjaya.bks"],
    ),
    (
        "Produk: Keripik Kaca Pedas Daun Jeruk\nHarga: 10rb/pack, 3 pack 25rb\nPromo: gratis 1 pack tiap beli 5 s/d "
        "15 Agustus\nOrder: shopee.co.id/keripikkacamurni atau WA 0815-6565-7878",
        ["keripik kaca"],
        ["10rb/pack", "25rb", "15 Agustus", "shopee.co.id/keripikkacamurni", "0815-6565-7878"],
    ),
    (
        "Jasa servis kompor gas & regulator panggilan 🔥 cek + bersihin kompor cuma ceban-an aja ga deh, 35rb! Ganti "
        "selang + regulator SNI 85rb. Wilayah Bekasi Timur. Telp 021-8899-7766 / WA 0812-4040-5050",
        ["servis kompor", "kompor"],
        ["35rb", "85rb", "021-8899-7766", "0812-4040-5050"],
    ),
]

# Written after EIGHTH's fixes, before running anything on them; the first run is in the docstring.
NINTH = [
    (
        "Hewan kurban sehat bersertifikat 🐐 kambing 2,8-3,5jt, sapi limosin mulai 22jt. Harga sudah termasuk antar & "
        "potong. PO ditutup H-7 Idul Adha. Lihat kandang di Desa Sukamaju. WA Pak Haji Udin 0812 7788 9900",
        ["kambing", "hewan kurban", "kurban"],
        ["2,8-3,5jt", "22jt", "H-7", "0812 7788 9900"],
    ),
    (
        "Nail art & gel polish by Kuku Cantik Studio 💅 gel polish polos 85K, nail art full design mulai 150K, nail "
        "extension 250K. Home service +50K. Slot weekend cepet penuh, book via DM @kukucantik.studio",
        ["nail art", "gel polish"],
        ["85K", "150K", "250K", "50K", "@kukucantik.studio"],
    ),
    (
        "Parsel buah segar untuk lebaran 🍎🍊 ukuran S 175rb, M 250rb, L 400rb, bisa custom isi. Pesan paling lambat "
        "5 April, kirim se-Surabaya gratis. Order via wa.me/6281331317070 atau IG @parselbuah.sby",
        ["parsel buah", "parsel"],
        ["175rb", "250rb", "400rb", "5 April", "wa.me/6281331317070", "@parselbuah.sby"],
    ),
    (
        "assalamualaikum bun aku buka les ngaji buat anak2 tk sampai sd di rumah aku daerah cibinong sebulan 100rb 2x "
        "seminggu abis maghrib kalo mau les privat ke rumah 50rb sekali datang info ke aku aja 0856 9191 2323",
        ["les ngaji", "ngaji", "les mengaji"],
        ["100rb", "50rb", "0856 9191 2323"],
    ),
    (
        "Bookkeeping & tax reporting for small business 📊 monthly bookkeeping starts at IDR 500K, annual SPT filing "
        "IDR 350K. Free consultation 30 min this month only. Email hello@rapikeuangan.id or WA +62 811 2020 3030",
        ["bookkeeping", "pembukuan"],
        ["IDR 500K", "IDR 350K", "+62 811 2020 3030"],
    ),
    (
        "PRELOVED BRANDED 2nd kondisi 90% 👕 kemeja Uniqlo 65rb, jaket Levi's 180rb, celana chino 75rb. First come "
        "first serve, no keep! Live jualan tiap Jumat jam 19.00 di tiktok @thriftkece",
        ["preloved", "thrift", "baju preloved"],
        ["90%", "65rb", "180rb", "75rb", "jam 19.00", "@thriftkece"],
    ),
    (
        "Minggu ini di Festival Kuliner Alun-Alun Kidul kami hadir dengan Sate Klathak Pak Bari, 10 tusuk 35rb, "
        "tengkleng 30rb. Festival sampai Minggu 17 Nov! IG @satepakbari",
        ["sate klathak", "sate"],
        ["35rb", "30rb", "17 Nov", "@satepakbari"],
    ),
    (
        "Sewa mobil pengantin Alphard putih + dekorasi bunga 3,5jt/6 jam, Camry 2jt/6 jam. Sudah termasuk sopir "
        "berjas. Booking bulan ini dapat potongan 250rb. Hub 0818 0505 6060 / www.mobilpengantinjakarta.com",
        ["mobil pengantin", "sewa mobil pengantin"],
        ["3,5jt/6 jam", "2jt/6 jam", "250rb", "0818 0505 6060", "www.mobilpengantinjakarta.com"],
    ),
    (
        "Telur ayam kampung asli dari peternakan sendiri 🥚 1 kg isi 16-18 butir 45rb, per tray (30 butir) 75rb. "
        "Stok terbatas, PO sampai Kamis, kirim Sabtu. WA 0821 6767 8989",
        ["telur ayam kampung", "telur"],
        ["45rb", "75rb", "sampai Kamis", "0821 6767 8989"],
    ),
    (
        "Sanggar Tari Puspa Sari buka kelas tari tradisional anak 5-12 tahun 💃 Rp 150.000/bulan (4x latihan), biaya "
        "pendaftaran Rp 50.000 termasuk kaos. Latihan Sabtu 15.00-17.00. Daftar sebelum 1 Agustus: 0813 5050 7070",
        ["kelas tari", "tari tradisional", "tari"],
        ["Rp 150.000/bulan", "Rp 50.000", "15.00-17.00", "1 Agustus", "0813 5050 7070"],
    ),
]


# Written after NINTH's fixes, before running anything on them (shouted promo headings, English and mixed messages,
# old->new prices in both orders, packaging and size variants, a category before named items); first run in the docstring.
TENTH = [
    (
        "SALE 12.12 !!! Jaket parka waterproof cuma 189rb dari 259rb. Size M-XXL ready. Order di Shopee Outdoorin "
        "atau WA 0812-7070-3131",
        ["jaket parka", "jaket"],
        ["189rb", "259rb", "0812-7070-3131"],
    ),
    (
        "DISKON LEBARAN 🌙 Gamis katun rayon motif bunga, harga normal 175rb sekarang 140rb. Berlaku s/d 5 April. "
        "IG @gamisnabila",
        ["gamis"],
        ["175rb", "140rb", "s/d 5 April", "@gamisnabila"],
    ),
    (
        "We offer private yoga classes at your home in Canggu. Single session IDR 350K, 5-session pack IDR 1.5jt. "
        "Book via WhatsApp +62 813 3838 4949",
        ["yoga"],
        ["IDR 350K", "IDR 1.5jt", "+62 813 3838 4949"],
    ),
    (
        "Hi guys! Kami bikin custom cake buat ultah & wedding 🎂 Mini cake 150K, 2-tier cake start from 850K. Order "
        "min H-5 ya. DM @bakebyrara",
        ["custom cake", "cake"],
        ["150K", "850K", "H-5", "@bakebyrara"],
    ),
    (
        "Madu hutan murni dari Sumbawa, panen sendiri. Botol 250ml Rp65.000, botol 500ml Rp120.000, jerigen 1 kg "
        "Rp230.000. Kirim seluruh Indonesia. WA 0852 1234 9898",
        ["madu hutan", "madu"],
        ["Rp65.000", "Rp120.000", "Rp230.000", "0852 1234 9898"],
    ),
    (
        "PROMO GAJIAN!! Keripik tempe renyah khas Malang 🔥 pouch 100gr 12rb, pouch 250gr 27rb, toples 500gr 50rb. "
        "Reseller welcome! Order 0838-4545-2121",
        ["keripik tempe"],
        ["12rb", "27rb", "50rb", "0838-4545-2121"],
    ),
    (
        "Tas rajut handmade Rp95rb aja, dari Rp135rb! Promo sampai Minggu. Cek katalog di shopee.co.id/rajutanbunda",
        ["tas rajut"],
        ["Rp95rb", "Rp135rb", "sampai Minggu", "shopee.co.id/rajutanbunda"],
    ),
    (
        "Jasa cuci sofa panggilan area Surabaya. Sebelumnya 60rb/dudukan, bulan ini cuma 45rb/dudukan! Cuci karpet "
        "juga bisa, 15rb/meter. Hub 0857 3131 6262",
        ["cuci sofa"],
        ["60rb/dudukan", "45rb/dudukan", "15rb/meter", "0857 3131 6262"],
    ),
    (
        "Minggu ini kami buka stand jajanan di Bazar Ramadhan Masjid Agung! Risol mayo 5rb, kue lumpur 3rb, es buah "
        "10rb. Sampai jumpa jam 15.00-18.00",
        ["risol mayo", "risol"],
        ["5rb", "3rb", "10rb", "15.00-18.00"],
    ),
    (
        "Kursus bahasa Jepang online untuk pemula, kelas 8x pertemuan Rp450.000. Batch baru mulai 3 Februari. "
        "Daftar di bit.ly/nihongo-mudah",
        ["kursus bahasa jepang", "bahasa jepang"],
        ["Rp450.000", "3 Februari", "bit.ly/nihongo-mudah"],
    ),
]


# Written after TENTH's fixes, before running anything on them; the first run is in the docstring (the figure that
# counts for the reader's fifth change).
ELEVENTH = [
    (
        "Hai kak! Aku buka jasa rias wisuda & lamaran di Solo 💄 Makeup wisuda 250rb (sudah termasuk hijab do), "
        "makeup lamaran mulai 450rb. Booking min H-7. IG @riasbyayu",
        ["makeup wisuda", "rias wisuda", "jasa rias", "makeup"],
        ["250rb", "450rb", "H-7", "@riasbyayu"],
    ),
    (
        "BIG SALE GAJIAN 💥 Celana chino pria slim fit 2 pcs 150rb aja, dari 198rb! Warna navy, khaki, hitam. "
        "Checkout di tokopedia.com/chinoman",
        ["celana chino", "chino"],
        ["150rb", "198rb", "tokopedia.com/chinoman"],
    ),
    (
        "Good morning! We make fresh cold-pressed juice in Ubud, no sugar added 🍊 Bottle 250ml IDR 35K, 1 liter IDR "
        "120K. Free delivery around Ubud. Order: wa.me/6281338384950",
        ["cold-pressed juice", "juice"],
        ["IDR 35K", "IDR 120K", "wa.me/6281338384950"],
    ),
    (
        "Permisi, izin promosi ya bapak ibu 🙏 Tukang las panggilan, terima perbaikan pagar, tralis, kanopi. Harga "
        "nego sesuai ukuran. Hub Pak Joko 0813 9876 5432",
        ["tukang las", "las", "perbaikan pagar"],
        ["0813 9876 5432"],
    ),
    (
        "Sambal bawang kemasan jar 150gr, level 1-5 🌶️ harga normal 30rb, bulan ini cuma 25rb. Minimal order 2 jar. "
        "Shopee: Sambal Mbok Jum / WA 0822 3434 5656",
        ["sambal bawang", "sambal"],
        ["30rb", "25rb", "0822 3434 5656"],
    ),
    (
        "Open trip Bromo midnight 🌄 sharing jeep 350rb/orang, private jeep 1,4jt/jeep. Meeting point Stasiun Malang "
        "jam 00.30. Trip tiap Sabtu. DM @bromoasik",
        ["trip bromo", "bromo", "open trip"],
        ["350rb/orang", "1,4jt/jeep", "jam 00.30", "@bromoasik"],
    ),
    (
        "We're Sari Rasa Catering from Semarang 😊 We offer wedding buffet packages starting at IDR 55K per pax, min "
        "100 pax. Free tasting for booking before 30 June! Call 024-7601234",
        ["wedding buffet", "buffet"],
        ["IDR 55K per pax", "30 June", "024-7601234"],
    ),
    (
        "Kost putri dekat kampus UNS 🏠 kamar mandi dalam 900rb/bulan, kamar mandi luar 700rb/bulan. Free wifi & "
        "listrik. Survey dulu boleh, hub Bu Endang 0857 2525 1414",
        ["kost putri", "kost"],
        ["900rb/bulan", "700rb/bulan", "0857 2525 1414"],
    ),
    (
        "DISKON 12.12 ‼️ Tumbler stainless 500ml custom nama, Rp89.000 jadi Rp69.000. Berlaku sampai 12 Des jam "
        "23.59. Order di shopee.co.id/tumblerkita",
        ["tumbler"],
        ["Rp89.000", "Rp69.000", "12 Des", "shopee.co.id/tumblerkita"],
    ),
    (
        "Halo, sy penjahit rumahan di Cimahi. Terima permak jeans 15rb, potong celana 10rb, pasang resleting 20rb. "
        "Jadi 1-2 hari. WA 0896 1234 5678",
        ["permak jeans", "permak", "jahit", "penjahit"],
        ["15rb", "10rb", "20rb", "0896 1234 5678"],
    ),
]

# Products the offline reader still gets wrong. First-run misses fixed since: THIRD's venue that is itself the thing
# sold ("Villa Kabut Dieng") and ALL-CAPS heading; FIFTH's English greeting and the line the client marks as
# secondary; SIXTH's one-word brand after a service ("Rental PS5 Gamezone": a service has no maker in its name, so a
# proper noun after it is the business or the town). Still wrong, see TWELFTH's note.
KNOWN_WRONG: set[str] = set()


# TWELFTH (24 messages, session 5: voice-note run-ons, English, lists, greetings and vocatives in Sundanese and
# English, a self-introduction, reduplication "anak2", a min order, "IDR 3.5M", an address first) was written before
# the reader's fifth change and run once on the reader as it was: product right 12/24 by the table's check (and 5 of
# those 12 carry junk words: "donat kentang gitu", "Produksi keset kaki", "Monggo dicoba wedang uwuh", "Rental kamera
# Jogja", "Sewa sound system Ardiansyah"), facts kept or warned 91/93 ("IDR 3.5M", "IDR 2.2M" not read as prices).
# Misses: greetings and vocatives ("Hi there", "gaes", "Aloha", "Punten akang teteh", "Bunda2"), a self-introduction
# ("I'm Dita", "Namaku Yusuf"), "NEW DROP", a place after an address ("samping Indomaret"), "fee 450rb", the list in
# brackets after "jasa pengendalian hama (rayap, ...)" read from a name clause, an attribute ("tinggi 60-80cm").
TWELFTH = [
    (
        "iya halo mbak jadi gini aku tuh jualan donat kentang gitu ya homemade, satu box isi enam itu tiga puluh lima "
        "ribu, eh maksudnya 35rb, terus yang isi dua belas 65rb. bisa COD daerah Tembalang. nomerku 0812 4455 6677 ya "
        "mbak makasih",
        ["donat kentang", "donat"],
        ["35rb", "65rb", "0812 4455 6677"],
    ),
    (
        "Hi there! We run Snapbox Photobooth in Surabaya 📸 Unlimited prints package for weddings IDR 3.5M (3 hours), "
        "2-hour birthday package IDR 2.2M. Book 2 weeks ahead. Instagram: @snapbox.sby",
        ["photobooth", "photo booth"],
        ["IDR 3.5M", "IDR 2.2M", "@snapbox.sby"],
    ),
    (
        "gaes!!! 🧋🧋 BOBA BROWN SUGAR cuma 12k aja, size large 15k 🔥 mulai besok tgl 3 s/d tgl 10 beli 2 gratis 1!!! "
        "lokasi depan SMAN 4 Depok. follow ig @bobakuy.depok yaa",
        ["boba brown sugar", "boba"],
        ["12k", "15k", "tgl 10", "@bobakuy.depok"],
    ),
    (
        "Assalamualaikum kak 🙏 Terima bordir komputer:\n- bordir nama seragam 10rb/pcs\n- bordir logo (max 10cm) "
        "25rb/pcs\n- emblem/badge 8rb/pcs min order 50 pcs\nPengerjaan 3-5 hari kerja. WA 0877-3210-9988",
        ["bordir"],
        ["10rb/pcs", "25rb/pcs", "8rb/pcs", "0877-3210-9988"],
    ),
    (
        "Produksi keset kaki dari kain perca, bisa custom warna. Harga grosir 7.500/pcs, minimal order 100 pcs. Kirim "
        "ke seluruh Indonesia. Hub 0856-4100-2233 (Bu Narti)",
        ["keset kaki", "keset"],
        ["7.500/pcs", "0856-4100-2233"],
    ),
    (
        "Mas tolong bikinin video buat usaha bekam saya ya. Terapi bekam sunnah 100rb, paket bekam + pijat 150rb. "
        "Terapis pria & wanita. Buka tiap hari 08.00-20.00. Alamat Jl. Melati 12 Cirebon, WA 0813-2424-1212",
        ["bekam", "terapi bekam"],
        ["100rb", "150rb", "08.00-20.00", "0813-2424-1212"],
    ),
    (
        "Hello! I'm Dita, a certified dog walker in South Jakarta 🐕 30-minute walk IDR 75K, 1 hour IDR 120K. Weekly "
        "package (5 walks) IDR 300K. Text me at +62 811-9090-1234",
        ["dog walk", "dog walking"],
        ["IDR 75K", "IDR 120K", "IDR 300K", "+62 811-9090-1234"],
    ),
    (
        "Rental kamera Jogja ready! Sony A6400 + lensa kit 150rb/hari, Fujifilm XA-5 100rb/hari, GoPro Hero 9 "
        "85rb/hari. Syarat: KTP asli + kartu pelajar/KTM. Booking lewat DM @lensa.rent.jogja atau WA 0878 1111 5050",
        ["rental kamera", "sewa kamera", "kamera"],
        ["150rb/hari", "100rb/hari", "85rb/hari", "@lensa.rent.jogja", "0878 1111 5050"],
    ),
    (
        "NEW DROP 🔥 Hoodie oversize cotton fleece, Size M/L/XL. Warna: sage, cream, black. Harga 179rb (normal "
        "229rb). Sampai 15 Agustus aja! Shopee: shopee.co.id/kainkita",
        ["hoodie"],
        ["179rb", "229rb", "15 Agustus", "shopee.co.id/kainkita"],
    ),
    (
        "Bunda2 yg lg cari baju lebaran anak2, kami ada gamis anak2 bahan katun rayon mulai 85rb aja, set koko anak "
        "95rb. Ukuran 2-10 thn. PO tutup tgl 20 Maret ya bun. WA 0852 7788 9900",
        ["gamis anak", "baju lebaran", "baju anak"],
        ["85rb", "95rb", "20 Maret", "0852 7788 9900"],
    ),
    (
        "Jl. Veteran No. 88 Malang, samping Indomaret. Warung Penyetan Bu Sum buka lagi! Tempe penyet 8rb, ayam penyet "
        "15rb, lele penyet 13rb. Buka 16.00-23.00. Pesan GoFood atau WA 0341 567 890",
        ["penyet", "penyetan"],
        ["8rb", "15rb", "13rb", "16.00-23.00", "0341 567 890"],
    ),
    (
        "Sewa sound system Ardiansyah untuk hajatan, pengajian & wedding. Paket 1000 watt 750rb, paket 3000 watt 1,5jt "
        "sudah termasuk operator. Area Bekasi & sekitarnya. Telp 0821-1234-0000",
        ["sound system", "sewa sound"],
        ["750rb", "1,5jt", "0821-1234-0000"],
    ),
    (
        "Halo semua! Baking class weekend ini: Basic Sourdough 🍞 Sabtu 14 Sept jam 09.00-13.00, fee 450rb sdh "
        "termasuk bahan & starter dibawa pulang. Kuota 8 org. Daftar: bit.ly/sourdoughclass",
        ["sourdough", "baking class"],
        ["14 Sept", "09.00-13.00", "450rb", "bit.ly/sourdoughclass"],
    ),
    (
        "Selamat siang. Kami dari PT Bersih Nusantara menawarkan jasa pengendalian hama (rayap, kecoa, tikus) untuk "
        "rumah dan kantor. Survey gratis. Harga mulai Rp350.000 per kunjungan. Garansi 3 bulan. Hubungi 021-5566-7788 "
        "atau www.bersihnusantara.co.id",
        ["pengendalian hama", "hama"],
        ["Rp350.000", "021-5566-7788", "www.bersihnusantara.co.id"],
    ),
    (
        "jual ayam potong seger tiap pagi 🐔 1 ekor (1,2kg an) 42rb, fillet dada 55rb/kg, ceker 20rb/kg. bs anter "
        "gratis min 100rb area Pamulang. wa aja 0812-9000-7766",
        ["ayam potong"],
        ["42rb", "55rb/kg", "20rb/kg", "100rb", "0812-9000-7766"],
    ),
    (
        "PO Lapis Legit Imlek 🧧 ukuran 20x20 harga 380rb, setengah loyang 200rb. Lapis prunes +50rb. PO ditutup 25 "
        "Januari, kirim 8-9 Feb. Pemesanan DM @dapurnyonya_lie",
        ["lapis legit"],
        ["380rb", "200rb", "50rb", "25 Januari", "@dapurnyonya_lie"],
    ),
    (
        "Aloha! 🏄 Learn to surf in Canggu with certified instructors. Group lesson 2 hrs IDR 350K incl. board & "
        "rashguard, private lesson IDR 600K. Daily 7am-5pm. WhatsApp +62 857 3838 1010 or visit surfcanggu.id",
        ["surf lesson", "surf", "surfing"],
        ["IDR 350K", "IDR 600K", "7am-5pm", "+62 857 3838 1010", "surfcanggu.id"],
    ),
    (
        "Produk kami: sabun cuci piring cair 5 liter cuma 45rb, pewangi laundry 1 liter 25rb. Cocok buat usaha laundry "
        "& rumah makan. Reseller welcome! Order di 0819-2345-6789",
        ["sabun cuci piring", "sabun"],
        ["45rb", "25rb", "0819-2345-6789"],
    ),
    (
        "SPESIAL HARI IBU 💐 Paket skincare Glowing Mom isi serum + sunscreen + toner cuma 199rb (harga normal 275rb). "
        "Berlaku 20-22 Des. Order di Shopee Cantikita atau WA 0858-1212-3434",
        ["paket skincare", "skincare", "glowing mom"],
        ["199rb", "275rb", "20-22 Des", "0858-1212-3434"],
    ),
    (
        "Namaku Yusuf, pengrajin kayu jati dari Jepara. Aku bikin talenan kayu jati, ukuran kecil 45rb, sedang 65rb, "
        "besar 90rb. Bisa grafir nama +15rb. IG @jatijepara.craft",
        ["talenan"],
        ["45rb", "65rb", "90rb", "15rb", "@jatijepara.craft"],
    ),
    (
        "Ready bibit alpukat miki & aligator hasil sambung pucuk, tinggi 60-80cm 💚 harga 35rb/batang, beli 10 cuma "
        "300rb. Stok terbatas sampai akhir bulan. Cek katalog di linktr.ee/kebunpakdul, WA 0823-5678-1212",
        ["bibit alpukat", "alpukat"],
        ["35rb/batang", "300rb", "sampai akhir bulan", "linktr.ee/kebunpakdul", "0823-5678-1212"],
    ),
    (
        "Kak bisa bantu promosiin jasa print sama jilid skripsi aku gak? Print hitam putih 500/lembar, warna "
        "1.500/lembar, jilid hardcover 35rb selesai 1 hari. Lokasi deket kampus UNDIP. Chat aja ke 0895-3300-2211",
        ["print", "jilid skripsi", "jasa print"],
        ["500/lembar", "1.500/lembar", "35rb", "0895-3300-2211"],
    ),
    (
        "Punten akang teteh 🙏 Cireng isi frozen Mak Icih, 1 pak isi 10 pcs 20rb, rasa ayam suwir, keju, jando, sosis. "
        "Free ongkir Cimahi kota min 3 pak. Order: 0838-4545-6767",
        ["cireng"],
        ["20rb", "0838-4545-6767"],
    ),
    (
        "Monggo dicoba wedang uwuh khas Imogiri 🌿 sachet isi 5 cuma 15rb, botol siap minum 8rb. Tersedia di Pasar "
        "Beringharjo lantai 2 los 14, atau pesen online di tokopedia.com/wedanguwuhimogiri",
        ["wedang uwuh", "wedang"],
        ["15rb", "8rb", "tokopedia.com/wedanguwuhimogiri"],
    ),
]

# TWELFTH after the fifth change (fitted): 23/24 products, 93/93 facts. Still wrong: the photobooth, whose only
# priced lines are packages ("Unlimited prints package", "2-hour birthday package") while the trade word sits in the
# business name ("Snapbox Photobooth"): the reader says "Unlimited prints".
KNOWN_WRONG |= {TWELFTH[1][0]}

# THIRTEENTH (12 messages, written after TWELFTH's fixes and not run before) was run once: product right 9/12 by the
# table's check (3 of the 9 with extra words: "kombucha brewed", "sayur2an seger langsung", "Need a website"), facts
# kept or warned 51/51. Misses: a voice note's fillers ("eh iya kak jadi aku tuh buka jasa titip ..." -> "eh iya"), a
# venue word alone ("Cafe kita sekarang ada menu baru: Matcha Latte 28K ..." -> "Cafe"), and "We're a small family
# farm in Lembang selling fresh strawberries" skipped as a description of the business ("1 kg box"). Also seen: a
# price list with dot leaders lost its names ("Potong ......... 35k"), bullets kept in item names, "Deposit 100rb" and
# "Free delivery for orders over IDR 200K" as menu items, "sebelum jam 3 sore" said as opening hours.
THIRTEENTH = [
    (
        "Selamat pagi Bapak/Ibu, kami menyediakan jasa servis kulkas & freezer panggilan: ganti thermostat mulai "
        "150rb, isi freon 250rb, cek kerusakan gratis. Garansi 1 bulan. Hubungi Pak Dedi 0812-7000-1122",
        ["servis kulkas", "kulkas"],
        ["150rb", "250rb", "0812-7000-1122"],
    ),
    (
        "Sewa gaun pesta anak 👗✨\n• gaun princess 75rb/3 hari\n• gaun tutu 50rb/3 hari\n• kostum karakter 90rb/3 "
        "hari\nDeposit 100rb, dikembalikan. Cek koleksi di IG @gaunkecil.sby",
        ["gaun pesta anak", "sewa gaun", "gaun"],
        ["75rb/3 hari", "50rb/3 hari", "90rb/3 hari", "100rb", "@gaunkecil.sby"],
    ),
    (
        "Homemade kombucha brewed in small batches in Bali 🫖 Single bottle IDR 45K, 6-pack IDR 240K. Free delivery "
        "for orders over IDR 200K. Follow @bucha.bali for flavours",
        ["kombucha"],
        ["IDR 45K", "IDR 240K", "IDR 200K", "@bucha.bali"],
    ),
    (
        "eh iya kak jadi aku tuh buka jasa titip beli obat sama belanja bulanan buat lansia di sekitar Cibubur, "
        "ongkosnya 15rb aja sekali jalan, kalo lebih dari 5 km tambah 5rb. hubungi aja 0857-8800-1100 ya makasih kak",
        ["jasa titip", "titip beli obat", "titip"],
        ["15rb", "5rb", "0857-8800-1100"],
    ),
    (
        "PROMO KEMERDEKAAN 🇮🇩 Semua kaos polos cotton combed 17% off s/d 17 Agustus! Harga normal 60rb jadi 49.800. "
        "Order via Tokopedia: tokopedia.com/kaospolosku",
        ["kaos polos", "kaos"],
        ["17% off", "17 Agustus", "60rb", "49.800", "tokopedia.com/kaospolosku"],
    ),
    (
        "Hi guys! Cafe kita sekarang ada menu baru: Matcha Latte 28K, Hojicha Latte 30K, dan Strawberry Matcha 32K 🍵 "
        "Grand opening promo buy 1 get 1 tgl 5-7 Juni. Lokasi: Jl. Dago 120 Bandung. IG @kopisenandung",
        ["matcha latte", "matcha", "hojicha", "menu baru"],
        ["28K", "30K", "32K", "5-7 Juni", "@kopisenandung"],
    ),
    (
        "Dapur Mama Rini - Catering harian untuk kantor. Nasi box mulai 25rb, min. 20 box. Menu ganti tiap hari. Pesan "
        "H-1 sebelum jam 3 sore. WA 0821-3030-4040",
        ["catering harian", "nasi box", "catering"],
        ["25rb", "H-1", "0821-3030-4040"],
    ),
    (
        "Pricelist Potong Rambut Pria 💈\nPotong ......... 35k\nPotong + cuci ... 45k\nCukur jenggot ... 20k\nKids "
        "(<10 th) ... 25k\nBuka Selasa-Minggu 10.00-21.00, Senin libur. Booking: wa.me/6281122334455",
        ["potong rambut", "pangkas rambut", "barbershop"],
        ["35k", "45k", "20k", "25k", "10.00-21.00", "wa.me/6281122334455"],
    ),
    (
        "We're a small family farm in Lembang selling fresh strawberries 🍓 1 kg box IDR 65K, 500 g IDR 35K. 10% off "
        "for orders above 3 kg this weekend. DM @lembangberry or +62 812 2200 3300",
        ["strawberries", "strawberry"],
        ["IDR 65K", "IDR 35K", "10% off", "@lembangberry", "+62 812 2200 3300"],
    ),
    (
        "Tolong dibuatkan konten buat jualan bibit ikan koi saya ya kak. Ukuran 10-12 cm 25rb/ekor, 15 cm 40rb/ekor. "
        "Bisa kirim luar kota pakai packing oksigen. Lokasi Blitar. Kontak 0856-4949-1010",
        ["bibit ikan koi", "ikan koi", "koi"],
        ["25rb/ekor", "40rb/ekor", "0856-4949-1010"],
    ),
    (
        "Jual sayur2an seger langsung dr petani!! bayam 3rb/ikat, kangkung 3rb/ikat, wortel 12rb/kg, tomat 10rb/kg. "
        "Anter tiap pagi jam 6-8 area Sleman. Pesen H-1 via wa 0877 6655 4433",
        ["sayur-sayuran", "sayur"],
        ["3rb/ikat", "12rb/kg", "10rb/kg", "H-1", "0877 6655 4433"],
    ),
    (
        "Need a website for your small business? I build landing pages from IDR 1.5jt, online store from IDR 4jt, done "
        "in 7 days. Portfolio: https://dewa.dev | WA 0813 1234 9090",
        ["website", "landing page", "web"],
        ["IDR 1.5jt", "IDR 4jt", "https://dewa.dev", "0813 1234 9090"],
    ),
]

# THIRTEENTH after the sixth change (fitted): 12/12 products, 51/51 facts. Fixed by mechanism: voice-note fillers (eh,
# iya, anu) name nothing and "buka jasa X" sells X; a venue word alone names the place; "We're a small farm ...
# selling X" keeps its selling verb; English making verbs after I/we (build, design, grow ...) and "Need a X?" lead
# to the thing; English participles (brewed, made, grown ...) and "segar/langsung" end a name; "sayur2an" reads
# "sayur-sayuran"; a dot leader into a price is no sentence end; bullets leave item names; deposits, surcharges and
# spend thresholds ("over IDR 200K") are conditions said with their sentence; "sebelum jam 3 sore" is no opening
# time; a name before a bracket note ("Kids (<10 th) ... 25k") is the item's.

# FOURTEENTH (12 messages, the fresh set of session 5: written after all of this session's changes) was run once:
# product right 7/12 by the table's check (one of the 7 with a vocative left in: "guyss tumbler"), facts kept or
# warned 40/42 (the unit of "10rb/m²" and "15rb/m²" lost: the prices are said, "/m²" is not). THIS is the figure that
# counts for the session. Misses: a problem question opening read as the product ("Helm bau apek?"), a company's
# third-person verb ("CV Sinar Teknik provides genset rental"), "Perkenalkan, saya Rizky, fotografer wisuda",
# "Grosir kerupuk udang" ("grosir" taken for a variant label, so nothing was read: "Produk kami"), and "Sepatu hitam
# polos SD-SMA" (a priced item over the discounted "sepatu sekolah"; five words for the check).
FOURTEENTH = [
    (
        "Helm bau apek? 😷 Cuci helm full 25rb, cuci + coating 40rb, selesai 1 jam. Bisa ditunggu! Lokasi depan kampus "
        "UMY. IG @helmkinclong",
        ["cuci helm"],
        ["25rb", "40rb", "@helmkinclong"],
    ),
    (
        "halo mas, ini aku mau minta tolong dibikinin video promosi buat usaha kue pukis aku, jadi pukis original itu 2 "
        "ribu satu, kalau yang pakai topping keju coklat 3 ribu, buka tiap sore jam 3 sampai abis di depan masjid Al "
        "Ikhlas, wa nya 0858 1717 2020",
        ["kue pukis", "pukis"],
        ["2 ribu", "3 ribu", "0858 1717 2020"],
    ),
    (
        "Private piano lessons for adults & kids in BSD 🎹 60-min lesson IDR 250K, 4-lesson package IDR 900K. First "
        "trial lesson free! Book: calendly.com/pianowithmaya",
        ["piano lesson", "piano"],
        ["IDR 250K", "IDR 900K", "calendly.com/pianowithmaya"],
    ),
    (
        "READY STOK MADU KELULUT 🐝\n✅ 250ml 95rb\n✅ 500ml 175rb\n✅ 1 liter 330rb\nAsli dari hutan Kalimantan, bukan "
        "oplosan. COD Jabodetabek. Order wa.me/6281290908080",
        ["madu kelulut", "madu"],
        ["95rb", "175rb", "330rb", "wa.me/6281290908080"],
    ),
    (
        "Good afternoon. CV Sinar Teknik provides genset rental for events and construction sites: 20 kVA IDR "
        "1.2M/day, 50 kVA IDR 2.5M/day, including operator. Contact sales@sinarteknik.co.id or 021-8899-7766",
        ["genset rental", "genset"],
        ["IDR 1.2M/day", "IDR 2.5M/day", "021-8899-7766"],
    ),
    (
        "HARBOLNAS 11.11 🛒 Semua sepatu sekolah diskon 25%! Sepatu hitam polos SD-SMA mulai 89rb. Promo cuma 11-12 "
        "November. Shopee: Toko Sepatu Ceria",
        ["sepatu sekolah", "sepatu"],
        ["25%", "89rb", "11-12 November"],
    ),
    (
        "Kak aku mau promosiin warung seafood aku ya 🦐 Alamat Jl. Pantai Indah No. 7 Anyer. Menu: cumi saus padang "
        "45rb, kepiting asam manis 85rb, udang bakar madu 60rb. Buka jam 11-22. Reservasi 0819-3344-5566",
        ["seafood", "cumi saus padang"],
        ["45rb", "85rb", "60rb", "0819-3344-5566"],
    ),
    (
        "guyss tumbler viral 🥤 yg tahan dingin 24 jam itu lagi diskon nihh dari 129k jadi 99k aja!! cuma sampe hari "
        "Minggu yaa. checkout di tiktok shop @tumblrku",
        ["tumbler"],
        ["129k", "99k", "@tumblrku"],
    ),
    (
        "Terima pesanan hampers Natal 🎄 isi cookies, cake slice & kartu ucapan. Paket A 175rb, Paket B 250rb, Paket C "
        "350rb. Order paling lambat 18 Desember, pengiriman H-2. DM @sweetbox.jkt",
        ["hampers natal", "hampers"],
        ["175rb", "250rb", "350rb", "18 Desember", "H-2", "@sweetbox.jkt"],
    ),
    (
        "Perkenalkan, saya Rizky, fotografer wisuda di Semarang 📸 Paket sesi 1 jam + 30 foto edit 350rb, paket "
        "keluarga 2 jam 600rb. Slot Agustus tinggal 5! IG @rizkyframes / WA 0822-6060-7070",
        ["foto wisuda", "fotografer wisuda", "fotografi wisuda"],
        ["350rb", "600rb", "@rizkyframes", "0822-6060-7070"],
    ),
    (
        "Grosir kerupuk udang mentah khas Sidoarjo, kualitas super. Harga 45rb/kg, minimal order 5 kg. Bisa kirim "
        "ekspedisi ke seluruh Indonesia. Hub 0813-3030-1212",
        ["kerupuk udang", "kerupuk"],
        ["45rb/kg", "0813-3030-1212"],
    ),
    (
        "Jasa Cuci Karpet Bersih Jaya ✨ karpet tipis 10rb/m², karpet tebal 15rb/m², sofa 40rb/dudukan. Antar jemput "
        "gratis wilayah Bogor kota. Telp/WA 0811-1100-2200",
        ["cuci karpet"],
        ["10rb/m²", "15rb/m²", "40rb/dudukan", "0811-1100-2200"],  # first run listed "10rb/m" (same miss)
    ),
]

# FOURTEENTH after fixes made once its first run was recorded (fitted, so not a figure that counts): 11/12 products,
# 42/42 facts. Fixed by mechanism: a question opening ranks below the priced items; English third-person selling verbs
# (provides, offers, sells ...); "Perkenalkan" is a greeting; "grosir/eceran/wholesale" lead into the thing; leading
# vocatives with chat elongation ("guyss") go; a service word alone ("cuci") is no shared head; "/m²" is a unit; a promo
# heading is no benefit. Still wrong: "Semua sepatu sekolah diskon 25%! Sepatu hitam polos SD-SMA mulai 89rb" reads
# the priced item, four words with a grade range, over the discounted category.
KNOWN_WRONG |= {FOURTEENTH[5][0]}

# FIFTEENTH (11 messages, written after FOURTEENTH's fixes, not run before) was run once: product right 10/11 by the
# table's check (one of the 10 with a slang word left in: "lash lift murmer"), facts kept or warned 38/38. Miss: a
# category with its object before ':' ("Makanan kucing & anjing: Whiskas 1,2kg 65rb, ...") gave way to the first
# brand. Also seen: "90 min IDR 250K" read as a minimum spend (minutes), so that item was only a note; "dan teralis",
# "New menu alert" and "only at Roti Bunda" said as benefits.
FIFTEENTH = [
    (
        "Assalamualaikum warga Perum Griya Asri 🙏 Sedia gas elpiji 3kg 22rb & galon Aqua 20rb, antar sampai rumah. "
        "Pesan lewat WA 0812-4040-5050 ya",
        ["gas elpiji", "elpiji"],
        ["22rb", "20rb", "0812-4040-5050"],
    ),
    (
        "Hey Bali! 🌴 Mobile massage at your villa: Balinese massage 90 min IDR 250K, couple massage IDR 450K. "
        "Available 10am-10pm daily. WhatsApp +62 878 6000 1111",
        ["massage"],
        ["IDR 250K", "IDR 450K", "10am-10pm", "+62 878 6000 1111"],
    ),
    (
        "iya jadi gini bu saya itu jualan rempeyek kacang sama rempeyek teri, yang kacang satu toples 35 ribu, yang teri "
        "40 ribu, bisa dikirim ke luar kota juga, pesennya ke nomor 0856 2323 4545 ya bu",
        ["rempeyek", "peyek"],
        ["35 ribu", "40 ribu", "0856 2323 4545"],
    ),
    (
        "OPEN PO JERSEY KOMUNITAS ⚽\n- Jersey printing full 135rb\n- Jersey + celana 175rb\n- Tambah nama & nomor "
        "15rb\nMin. 12 pcs. PO ditutup 30 September. Info: @jerseyku.id",
        ["jersey"],
        ["135rb", "175rb", "15rb", "30 September", "@jerseyku.id"],
    ),
    (
        "Mas tolong buatin video promo buat Bengkel Las Sinar Jaya ya. Kami terima pembuatan pagar, kanopi, dan "
        "teralis. Harga kanopi mulai 450rb/m. Survey gratis area Tangerang. Telp 0813-8080-9090",
        ["kanopi", "pagar", "las"],
        ["450rb/m", "0813-8080-9090"],
    ),
    (
        "New menu alert 🚨 Korean garlic cheese bread cuma 18K! Tersedia varian original & pedas. Only at Roti Bunda, "
        "Jl. Kartini 15 Jepara. Open daily 7AM-9PM",
        ["garlic cheese bread", "garlic bread", "cheese bread"],
        ["18K"],
    ),
    (
        "Sale akhir tahun! Kemeja batik tulis Solo harga normal 350rb sekarang 249rb 🔥 stok terbatas. Order: "
        "shopee.co.id/batiksolo atau DM @batiksolo.id",
        ["kemeja batik", "batik tulis"],
        ["350rb", "249rb", "shopee.co.id/batiksolo", "@batiksolo.id"],
    ),
    (
        "Learn Python from zero! 🐍 8-week online bootcamp for beginners, IDR 1.2jt, early bird IDR 950K until 15 Jan. "
        "Register at bit.ly/pyzero",
        ["python", "bootcamp"],
        ["IDR 1.2jt", "IDR 950K", "15 Jan", "bit.ly/pyzero"],
    ),
    (
        "Jasa pasang wallpaper dinding 45rb/m, bahan dari kami. Garansi rapi! WA 0899-1212-3434",
        ["pasang wallpaper", "wallpaper"],
        ["45rb/m", "0899-1212-3434"],
    ),
    (
        "Diskon 15% buat pembelian pertama! 🐶 Makanan kucing & anjing: Whiskas 1,2kg 65rb, Royal Canin kitten 2kg "
        "310rb, Pedigree 1,5kg 58rb. Gratis ongkir Sidoarjo. Order 0821-7878-6565",
        ["makanan kucing", "makanan hewan", "pet food"],
        ["15%", "65rb", "310rb", "58rb", "0821-7878-6565"],
    ),
    (
        "✨ lash lift murmer ✨ lash lift 120k, lash lift + tint 150k, brow lamination 130k 💅 home service area Jaksel "
        "+20k. booking DM @bulumatacantik",
        ["lash lift"],
        ["120k", "150k", "130k", "20k", "@bulumatacantik"],
    ),
]

# FIFTEENTH after fixes made once its first run was recorded (fitted): 11/11 products, 38/38 facts. Fixed by mechanism:
# a category with its object ("Makanan kucing & anjing") names the product, only a bare category gives way to the
# first named item; "min" after a number is minutes, not a minimum spend; "Hey Bali!" greets a place; a clause
# continuing a list ("dan teralis"), "New menu alert" and "only at <shop>" are no benefits.
