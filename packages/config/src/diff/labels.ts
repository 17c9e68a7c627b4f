import { isObject, parseIdPath, resolveIdPath } from "./id-path.ts";

/** A human label in Indonesian (`id`) and English (`en`). */
export interface PathLabel {
  readonly id: string;
  readonly en: string;
}

/** What an element of each identified array is called (keyed by the array's property name). */
const ENTITY_NAMES: Readonly<Record<string, PathLabel>> = {
  desks: { id: "Loket", en: "Desk" },
  agencies: { id: "Instansi", en: "Agency" },
  documents: { id: "Dokumen", en: "Document" },
  quotas: { id: "Kuota", en: "Quota" },
  services: { id: "Layanan", en: "Service" },
  cardProgrammes: { id: "Program kartu", en: "Card programme" },
  tiers: { id: "Tingkat", en: "Tier" },
  criteria: { id: "Kriteria", en: "Criterion" },
  categories: { id: "Kategori", en: "Category" },
  options: { id: "Pilihan", en: "Option" },
  steps: { id: "Langkah", en: "Step" },
  verificationOutcomes: { id: "Hasil verifikasi", en: "Verification outcome" },
  referenceLists: { id: "Daftar rujukan", en: "Reference list" },
  testHouseholds: { id: "Rumah tangga uji", en: "Test household" },
  subdistricts: { id: "Kecamatan", en: "Sub-district" },
  villages: { id: "Desa", en: "Village" },
};

/**
 * Names of common fields; a key with `/` names a run of fields in one phrase
 * (the longest run wins), e.g. `validity/days` → "validity days".
 */
const FIELD_NAMES: Readonly<Record<string, PathLabel>> = {
  label: { id: "nama", en: "name" },
  name: { id: "nama", en: "name" },
  shortName: { id: "nama singkat", en: "short name" },
  description: { id: "deskripsi", en: "description" },
  colour: { id: "warna", en: "colour" },
  colourName: { id: "nama warna", en: "colour name" },
  order: { id: "urutan", en: "order" },
  rank: { id: "peringkat", en: "rank" },
  kind: { id: "jenis", en: "kind" },
  desk: { id: "loket", en: "desk" },
  agency: { id: "instansi", en: "agency" },
  deliveredBy: { id: "dilaksanakan oleh", en: "delivered by" },
  output: { id: "keluaran", en: "output" },
  cardProgramme: { id: "program kartu", en: "card programme" },
  eligibility: { id: "aturan kelayakan", en: "eligibility rule" },
  requiredDocuments: { id: "dokumen wajib", en: "required documents" },
  receivedAt: { id: "tempat pengajuan", en: "received at" },
  issuance: { id: "penerbitan", en: "issuance" },
  "issuance/issuedBy": { id: "diterbitkan oleh", en: "issued by" },
  "issuance/proposedBy": { id: "diusulkan oleh", en: "proposed by" },
  validity: { id: "masa berlaku", en: "validity" },
  "validity/days": { id: "masa berlaku (hari)", en: "validity days" },
  "validity/renewable": { id: "dapat diperpanjang", en: "renewable" },
  "validity/renewalCondition": { id: "syarat perpanjangan", en: "renewal condition" },
  quota: { id: "kuota", en: "quota" },
  limit: { id: "batas", en: "limit" },
  whenExhausted: { id: "bila kuota habis", en: "when used up" },
  complaints: { id: "pengaduan", en: "complaints" },
  dueDays: { id: "batas waktu penyelesaian (hari)", en: "days to resolve" },
  reverify: { id: "verifikasi ulang", en: "re-verification" },
  serviceTime: { id: "waktu layanan", en: "service time" },
  "serviceTime/targetMinutes": { id: "target waktu di loket (menit)", en: "target minutes at the desk" },
  "serviceTime/maxDays": { id: "waktu penyelesaian maksimal (hari)", en: "maximum days to issue" },
  qualification: { id: "aturan kualifikasi", en: "qualification rule" },
  benefits: { id: "manfaat", en: "benefits" },
  sector: { id: "sektor", en: "sector" },
  holder: { id: "pemegang", en: "holder" },
  group: { id: "kelompok", en: "group" },
  question: { id: "pertanyaan", en: "question" },
  answer: { id: "jawaban", en: "answer" },
  sign: { id: "aturan tanda kemiskinan", en: "poverty sign rule" },
  weight: { id: "bobot", en: "weight" },
  narrative: { id: "narasi", en: "narrative" },
  survey: { id: "survei", en: "survey" },
  scoring: { id: "penskoran", en: "scoring" },
  "scoring/rule": { id: "aturan penskoran", en: "scoring rule" },
  "scoring/description": { id: "uraian penskoran", en: "scoring description" },
  classification: { id: "klasifikasi", en: "classification" },
  "classification/rule": { id: "aturan klasifikasi", en: "classification rule" },
  "classification/description": { id: "uraian klasifikasi", en: "classification description" },
  override: { id: "koreksi hasil", en: "override" },
  procedure: { id: "prosedur", en: "procedure" },
  fastPath: { id: "jalur cepat", en: "fast path" },
  "fastPath/when": { id: "syarat jalur cepat", en: "fast path condition" },
  "fastPath/skipSteps": { id: "langkah yang dilewati jalur cepat", en: "steps skipped by the fast path" },
  listEffect: { id: "pengaruh pada daftar", en: "effect on the list" },
  meaning: { id: "arti", en: "meaning" },
  meta: { id: "metadata", en: "metadata" },
  legalBasis: { id: "dasar hukum", en: "legal basis" },
  locales: { id: "bahasa", en: "locales" },
  areas: { id: "wilayah", en: "areas" },
  regency: { id: "kabupaten", en: "regency" },
  unit: { id: "unit layanan", en: "service unit" },
  expected: { id: "hasil yang diharapkan", en: "expected results" },
};

const SEPARATOR = " › ";

/**
 * A human label for an identity path, in Indonesian and English: identified
 * elements are named by their own label (`label.id` / `label.en`, else
 * `name`, else their id), fields by a small table of common field names,
 * falling back to the raw key. Elements missing from `config` are named by
 * their id.
 *
 * @example
 * labelForPath(sragen, "/services[id=rusela]/validity/days")
 * // { id: "Layanan 'Rusela' › masa berlaku (hari)", en: "Service 'Rusela' › validity days" }
 */
export function labelForPath(config: unknown, idPath: string): PathLabel {
  const steps = parseIdPath(idPath);
  if (steps === undefined) return { id: idPath, en: idPath };
  if (steps.length === 0) return { id: "Seluruh konfigurasi", en: "Whole configuration" };
  const id: string[] = [];
  const en: string[] = [];
  let run: string[] = [];
  const flushFields = (): void => {
    let i = 0;
    while (i < run.length) {
      let taken = 1;
      let name: PathLabel = { id: run[i] ?? "", en: run[i] ?? "" };
      for (let j = run.length; j > i; j--) {
        const phrase = FIELD_NAMES[run.slice(i, j).join("/")];
        if (phrase !== undefined) {
          name = phrase;
          taken = j - i;
          break;
        }
      }
      id.push(name.id);
      en.push(name.en);
      i += taken;
    }
    run = [];
  };
  for (const [index, step] of steps.entries()) {
    if (step.kind === "prop") {
      run.push(step.key);
      continue;
    }
    // An identified element: named after its array (the last field of the run, the rest is dropped as context).
    const arrayName = run.at(-1) ?? "";
    run = [];
    const entity = ENTITY_NAMES[arrayName] ?? { id: arrayName, en: arrayName };
    const element = resolveIdPath(config, steps.slice(0, index + 1));
    const own = elementName(element);
    id.push(`${entity.id} '${own?.id ?? step.value}'`);
    en.push(`${entity.en} '${own?.en ?? step.value}'`);
  }
  flushFields();
  return { id: capitalise(id.join(SEPARATOR)), en: capitalise(en.join(SEPARATOR)) };
}

function elementName(element: unknown): PathLabel | undefined {
  if (!isObject(element)) return undefined;
  for (const key of ["label", "title"]) {
    const text = element[key];
    if (isObject(text) && typeof text.id === "string" && typeof text.en === "string") return { id: text.id, en: text.en };
  }
  if (typeof element.name === "string") return { id: element.name, en: element.name };
  return undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
