import type { CardDocument, DocumentSigningKey, LetterDocument } from "../../src/index.ts";

export const signingKey: DocumentSigningKey = { id: "test1", secret: new Uint8Array(32).fill(7) };
export const verifyUrl = "https://satu-atap.example.go.id/api/verify";
export const FULL_NIK = "3314015507900001";
export const FULL_KK = "3314010101100042";

/** Sragen as data: the renderer itself knows no regency. */
export const card: CardDocument = {
  tenant: "sragen",
  id: "0b9f6d1e-5c0a-4c55-9a43-6f7f3f1b2a10",
  number: "SRS-2026-000123",
  issuedOn: "2026-01-15",
  validFrom: "2026-01-15",
  validUntil: "2027-01-14",
  holder: { name: "Sri Wahyuni", nik: FULL_NIK },
  household: { kk: FULL_KK },
  regencyName: { id: "Kabupaten Sragen", en: "Sragen Regency" },
  programme: { label: { id: "Saraswati", en: "Saraswati" } },
  tier: { label: { id: "Melati", en: "Melati" }, colour: "#F472B6" },
};

export const letter: LetterDocument = {
  tenant: "sragen",
  id: "5d1c2f8e-0a7b-4b8e-8f0e-2b7a1c9d3e44",
  kind: "recommendation",
  number: "470/123/UPTPK/2026",
  issuedOn: "2026-02-02",
  validFrom: "2026-02-02",
  validUntil: "2026-05-02",
  holder: { name: "Sri Wahyuni", nik: FULL_NIK },
  household: { kk: FULL_KK },
  letterhead: ["PEMERINTAH KABUPATEN SRAGEN", "Unit Pelayanan Terpadu Penanggulangan Kemiskinan (UPTPK)", "Jl. Contoh No. 1, Sragen"],
  title: { id: "Surat Rekomendasi", en: "Letter of recommendation" },
  service: { label: { id: "Rehabilitasi rumah tidak layak huni", en: "Rehabilitation of an unfit house" } },
  renewsNumber: "470/045/UPTPK/2025",
  body: {
    id: "Yang bersangkutan adalah warga miskin yang terdaftar dan direkomendasikan untuk menerima layanan tersebut di atas selama masa berlaku surat ini.",
    en: "The person named is a registered poor resident and is recommended for the service above while this letter is valid.",
  },
  place: "Sragen",
};
