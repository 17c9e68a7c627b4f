import type { BilingualText } from "./layout.ts";

/**
 * The captions printed on documents. Generic wording, not regional: a regency may still
 * override any of them (e.g. from its configuration's locales).
 */
export interface DocumentLabels {
  cardNumber: BilingualText;
  letterNumber: BilingualText;
  holder: BilingualText;
  nik: BilingualText;
  household: BilingualText;
  service: BilingualText;
  valid: BilingualText;
  validUntilFurtherNotice: BilingualText;
  renews: BilingualText;
  issuedOn: BilingualText;
  scanToVerify: BilingualText;
}

export const DEFAULT_DOCUMENT_LABELS: DocumentLabels = {
  cardNumber: { id: "No. kartu", en: "Card no." },
  letterNumber: { id: "Nomor", en: "Number" },
  holder: { id: "Nama", en: "Name" },
  nik: { id: "NIK", en: "NIK" },
  household: { id: "No. KK", en: "Family card no." },
  service: { id: "Layanan", en: "Service" },
  valid: { id: "Berlaku", en: "Valid" },
  validUntilFurtherNotice: { id: "sampai ada perubahan", en: "until further notice" },
  renews: { id: "Memperbarui surat", en: "Renews letter" },
  issuedOn: { id: "Diterbitkan", en: "Issued" },
  scanToVerify: { id: "Pindai untuk memeriksa keaslian dokumen", en: "Scan to check that this document is genuine" },
};

export function withDefaultLabels(labels: Partial<DocumentLabels> | undefined): DocumentLabels {
  return { ...DEFAULT_DOCUMENT_LABELS, ...labels };
}
