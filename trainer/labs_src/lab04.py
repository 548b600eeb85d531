from nb import code, header, install, md, recap

FILENAME = "04_langchain.ipynb"
TITLE = "LangChain: prompt template, chain, output terstruktur"


def cells():
    return [
        header(
            number=4,
            filename=FILENAME,
            title=TITLE,
            minutes=45,
            intro="""
            > **Lab ini opsional untuk peserta yang belum pernah menulis kode.** Lab 5-9 tidak memerlukan Lab 4.
            > Kalau waktunya mepet atau kamu baru pertama kali memakai Python, lompat ke Lab 5 dan kembali ke
            > sini di rumah.

            LangChain adalah pustaka populer untuk menyusun aplikasi LLM dari "balok-balok": template prompt,
            model, pengurai output. Banyak lowongan kerja dan tutorial memakainya, jadi kita belajar bahasanya,
            dengan bot yang sama seperti Lab 3.
            """,
            goals=[
                "Memakai model gigai sebagai model LangChain (`gigai.langchain_model()`).",
                "Membuat `ChatPromptTemplate` dengan variabel.",
                "Merangkai *chain* dengan operator `|` (prompt | model | parser).",
                "Meminta output terstruktur (data rapi, bukan teks bebas) dengan Pydantic.",
                "Menulis ulang bot Lab 3 dalam gaya LangChain.",
            ],
            parts=[
                ("Model LangChain", 5, "opsional"),
                ("Prompt template", 10, "opsional"),
                ("Chain", 10, "opsional"),
                ("Output terstruktur", 10, "opsional"),
                ("Bot versi LangChain + latihan", 10, "opsional"),
            ],
        ),
        install(),
        code("""
        # NBVAL_IGNORE_OUTPUT
        import gigai
        from gigai.business.money import rupiah
        from gigai.latihan import lab4
        from gigai.latihan.pictures import offline_notice
        from langchain_core.output_parsers import StrOutputParser
        from langchain_core.prompts import ChatPromptTemplate

        llm = gigai.langchain_model(temperature=0)
        print("Model LangChain:", type(llm).__name__, "|", gigai.get_model().label)
        """),
        md("""
        ## 1. Model LangChain

        `gigai.langchain_model()` memberi objek *chat model* LangChain yang memakai provider yang sama dengan
        `gigai.chat()` (offline, Gemini, gateway, ...). Di LangChain, model dipanggil dengan `.invoke()` dan
        mengembalikan pesan; teksnya ada di `.content`.
        """),
        code("""
        pesan = llm.invoke("Sebutkan dua keuntungan punya chatbot untuk UMKM.")
        print(type(pesan).__name__)
        print(pesan.content)
        """),
        md("""
        ## 2. Prompt template

        Daripada menulis prompt baru untuk setiap produk, kita buat **template** dengan lubang `{variabel}`.
        """),
        code("""
        template_caption = ChatPromptTemplate.from_messages([
            ("system", "Kamu copywriter media sosial untuk UMKM Indonesia. Gaya: {gaya}."),
            ("user", "Tulis satu caption Instagram untuk produk {produk} dengan harga {harga}."),
        ])
        pesan_siap = template_caption.invoke({"gaya": "santai, gen-Z", "produk": "kopi susu gula aren",
                                              "harga": "Rp 18.000"})
        for m in pesan_siap.to_messages():
            print(f"{m.type:>6}: {m.content}")
        """),
        md("""
        ## 3. Chain: prompt | model | parser

        Operator `|` merangkai balok: hasil balok kiri menjadi masukan balok kanan. `StrOutputParser` mengambil
        teks dari pesan model. Hasilnya sebuah *chain* yang dipanggil dengan `.invoke({...})`.

        Dengan LLM sungguhan, sel berikut menulis dua caption. Ilustrasi (contoh tulisan kami, bukan rekaman):

        > *roti bakar cokelat, Rp 12.000:* "Cokelatnya lumer, harganya nggak bikin dompet nangis. Cuma Rp 12.000!"
        > *es teh leci, Rp 10.000:* "Siang terik? Seger-in pakai es teh leci, Rp 10.000 aja."
        """),
        code("""
        chain_caption = template_caption | llm | StrOutputParser()
        if gigai.get_model().is_offline:
            offline_notice("menulis caption kreatif", '"Cokelatnya lumer, harganya nggak bikin dompet nangis. Cuma Rp 12.000!"')
        else:
            for produk, harga in [("roti bakar cokelat", "Rp 12.000"), ("es teh leci", "Rp 10.000")]:
                print(chain_caption.invoke({"gaya": "ceria", "produk": produk, "harga": harga}))
                print("---")
        """),
        md("""
        Yang kita pelajari di sini adalah **rangkaiannya**; rangkaian yang sama jalan di mode offline, dengan
        provider sungguhan, atau dengan kaset *replay* dari trainer. Chain juga bisa memproses banyak masukan
        sekaligus dengan `.batch([...])` dan streaming dengan `.stream({...})`, sama seperti `gigai.stream()`
        di Lab 2.
        """),
        code("""
        hasil = chain_caption.batch([
            {"gaya": "formal", "produk": "jasa desain logo", "harga": "Rp 150.000"},
            {"gaya": "lucu", "produk": "thrift jaket denim", "harga": "Rp 85.000"},
        ])
        print(len(hasil), "caption dibuat")
        """),
        md("""
        ## 4. Output terstruktur

        Untuk aplikasi, kita sering butuh **data rapi** (misal untuk disimpan di spreadsheet), bukan paragraf.
        Kita definisikan bentuk datanya dengan Pydantic, lalu `gigai.structured()` memaksa model menjawab sesuai
        bentuk itu dan memeriksanya. Mesin offline juga bisa: ia mengisi kolom dari teks yang kita berikan.
        """),
        code("""
        from pydantic import BaseModel, Field


        class InfoProduk(BaseModel):
            nama: str = Field(description="nama produk")
            harga_rupiah: int = Field(description="harga dalam rupiah, angka saja")
            kata_kunci: list[str] = Field(description="3 kata kunci untuk pemasaran")


        info = gigai.structured(
            "Produk kami: Kopi Susu Gula Aren, harga Rp 18.000, manis, creamy, cocok untuk nugas.",
            InfoProduk,
        )
        print("Nama produk :", info.nama)
        print("Harga       :", rupiah(info.harga_rupiah))
        print("Kata kunci  :", ", ".join(info.kata_kunci))
        print("Harga + PPN 11%:", rupiah(info.harga_rupiah * 1.11))
        """),
        md("""
        Mesin offline mengisi formulir dengan cara sederhana (mengambil angka dan potongan kalimat), jadi
        isinya kasar; LLM sungguhan mengisinya dengan rapi. Yang penting: hasilnya **selalu** objek dengan kolom
        yang kita minta, jadi `info.harga_rupiah` bisa langsung dihitung.

        Di LangChain, cara yang setara adalah `llm.with_structured_output(InfoProduk)` — hasilnya objek Pydantic
        juga. Model LLM sungguhan (Gemini, OpenAI, Groq) mendukungnya; coba nanti dengan kuncimu sendiri.

        ## 5. Bot Lab 3 versi LangChain

        Bot di Lab 3 pada dasarnya: *system prompt* (persona + pengetahuan) + riwayat + pertanyaan baru.
        Dalam LangChain, riwayat masuk lewat `MessagesPlaceholder`.
        """),
        code("""
        from langchain_core.prompts import MessagesPlaceholder
        from gigai.chatbot import Chatbot

        bot_kopi = Chatbot.from_business("kopi-kita")
        template_bot = ChatPromptTemplate.from_messages([
            ("system", "{system}"),
            MessagesPlaceholder("riwayat"),
            ("user", "{pertanyaan}"),
        ])
        chain_bot = template_bot | llm | StrOutputParser()

        riwayat = []
        for tanya in ["Halo, jam berapa buka?", "Ada menu apa saja?"]:
            potongan = bot_kopi.knowledge.search(tanya, k=3)        # langkah "retriever": cari fakta yang cocok
            system = bot_kopi.persona.system_prompt(potongan)       # persona + blok ### Pengetahuan
            jawab = chain_bot.invoke({"system": system, "riwayat": riwayat, "pertanyaan": tanya})
            riwayat = riwayat + [("user", tanya), ("assistant", jawab)]  # list baru, tidak mengubah yang lama
            print("Tanya:", tanya)
            print("Jawab:", jawab)
            print()
        """),
        md("""
        Perhatikan langkah `knowledge.search(...)`: untuk **setiap** pertanyaan kita mencari potongan pengetahuan
        yang cocok dan memasukkannya ke system prompt — persis yang dilakukan `Chatbot` di Lab 3. Di LangChain
        langkah ini disebut *retriever*, dan pola lengkapnya disebut RAG.
        Kapan pakai yang mana? `gigai.chatbot` untuk cepat jadi; LangChain kalau butuh merangkai langkah
        sendiri atau proyeknya sudah memakai LangChain.

        ## 6. Latihan
        """),
        "EXERCISES",
        recap(
            [
                "`gigai.langchain_model()` = model LangChain dengan provider pilihanmu (termasuk offline).",
                "`ChatPromptTemplate` membuat prompt dengan `{variabel}`; `prompt | llm | StrOutputParser()` = chain.",
                "Chain punya `.invoke()`, `.batch()`, `.stream()`.",
                "Output terstruktur (Pydantic) memberi data rapi yang bisa dihitung dan disimpan.",
            ],
            "Lab 5 — *Demo Gradio*: ubah bot menjadi aplikasi web, bagikan ke teman sekelas, ekspor untuk deploy.",
        ),
    ]
