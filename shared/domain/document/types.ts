// Plain inputs for the two documents and the plain document model both are turned into.
// The planner maps its stored plan onto these inputs; the docx renderer and the print view
// turn the model into a file or HTML. Nothing here knows about docx, React or the database.

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** How a fact's numbers are written: a count, an amount of money, a rate in [0, 1], a number of days, or a plain decimal (the planner's 'ratio': pipeline coverage, a satisfaction score). */
export type MetricUnit = 'count' | 'money' | 'rate' | 'days' | 'decimal' | 'ratio';

export type FactRow = {
  metric: string;
  unit: MetricUnit;
  /** `null` when unknown: shown as "not available", never as zero. */
  expectation: number | null;
  actual: number | null;
  /** actual − expectation, as the planner computed it; `null` when either side is unknown. */
  gap: number | null;
};

export type ActionItem = {
  action: string;
  measure: string;
  /** A number is written in `unit` (a count when none is given), text as typed, `null` as "not set". */
  baseline: string | number | null;
  target: string | number | null;
  unit?: MetricUnit;
  deadline: IsoDate | null;
  owner: string;
};

export type SignatureImage = { png: Uint8Array; width: number; height: number };

export type SignerRole = 'rep' | 'manager' | 'hr';

export type Signer = {
  role: SignerRole;
  name: string;
  /** `null` until signed: the document leaves a line to write the date by hand. */
  date: IsoDate | null;
  image?: SignatureImage;
};

export type DevelopmentItem = { skill: string; activities: string[]; resources: string[]; timeline: string };

/** Everything the rep-facing action and development plan shows. Nothing private to the manager belongs here. */
export type PlanDocumentInput = {
  company: string;
  team: string;
  repName: string;
  managerName: string;
  hrName?: string;
  date: IsoDate;
  periodLabel: string;
  /** What the rep is held to: a number is written in `unit` (a count when none is given), text as typed; `note` follows it. */
  expectations: { label: string; value: string | number | null; unit?: MetricUnit; note?: string }[];
  facts: FactRow[];
  /** What the facts' figures cover (period, totals or averages), shown above the table. */
  factsNote?: string;
  focusAreas: string[];
  actionItems: ActionItem[];
  /** A milestone without a date yet says so. */
  milestones: { date: IsoDate | null; text: string }[];
  checkIns: IsoDate[];
  support: { kind: string; text: string }[];
  development: DevelopmentItem[];
  consequences: string;
  /** The wins and good work the manager wrote in the planner; a section of its own when there are any. */
  wins?: string;
  acknowledgement: string;
  signatures: Signer[];
  /** Guidance on the same points given before this plan (HR expects it stated). */
  priorGuidance?: string;
  /** What happens at the end: met, extended, or the next formal step. Empty: the standard wording. */
  outcomes?: string;
  /** The rep's written response. */
  repComments?: string;
  /** The rep declined to sign, in front of this witness on this day. */
  declined?: { witness: string; date: IsoDate | null } | null;
};

/** The manager's private preparation. Never an input of the plan document. */
export type ConversationGuideInput = {
  repName: string;
  managerName: string;
  date: IsoDate;
  opening: string;
  talkingPoints: string[];
  questions: string[];
  pushback: { objection: string; approach: string }[];
  reminders: string[];
  /** The agenda in order; minutes `null` where the manager set no time. */
  agenda: { item: string; minutes: number | null }[];
  /** When and where the conversation takes place, as the manager wrote it (either may be blank). */
  meeting?: { time: string; place: string };
  /** The facts box at the top: the plan's facts table, over periodLabel. */
  facts?: FactRow[];
  periodLabel?: string;
  /** What the manager wrote: what is going well, their reading of the gap, their own part to fix, the meeting note. */
  acknowledgements?: string;
  diagnosis?: string[];
  ownPart?: string[];
  meetingNote?: string;
};

/** The manager's locale, and the currency for amounts; without one, amounts are plain numbers (no symbol is invented). */
export type FormatOptions = { locale: string; currency?: string | null | undefined };

// ---- The document model ----

export type TextRun = { text: string; bold?: boolean; italic?: boolean; rtl?: boolean };
/** A line break inside a paragraph or cell. */
export type LineBreak = { break: true };
export type Inline = TextRun | LineBreak;

export type HeadingBlock = { kind: 'heading'; level: 1 | 2 | 3; text: Inline[] };
export type ParagraphBlock = { kind: 'paragraph'; runs: Inline[]; tone?: 'normal' | 'note' };
export type ListBlock = { kind: 'list'; ordered: boolean; items: Inline[][] };
/** A table always has a header row and at least one body row (the builders never emit an empty one). */
export type TableBlock = {
  kind: 'table';
  header: string[];
  rows: Inline[][][];
  /** Relative column widths, one per column. */
  widths: number[];
  /** `numeric` columns are right-aligned. */
  align?: ('start' | 'end')[];
};
/** Label–value pairs (company, team, date…) shown as a two-column grid without a header row. */
export type DetailsBlock = { kind: 'details'; rows: { label: string; value: Inline[] }[] };
export type SignatureBlock = {
  kind: 'signatures';
  signers: { label: string; name: Inline[]; date: string | null; image?: SignatureImage }[];
};
export type PageBreakBlock = { kind: 'pageBreak' };

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | DetailsBlock | SignatureBlock | PageBreakBlock;

export type DocSection = { heading: string; blocks: Block[] };

export type DocumentModel = {
  kind: 'plan' | 'guide' | 'roleplay-rep' | 'roleplay-observer' | 'roleplay-score-sheet' | 'self-assessment-form' | 'checkin';
  /** Document title (Word "Title" style and the file's title property). */
  title: string;
  /** A line under the title, e.g. the privacy notice of the guide. */
  subtitle?: string;
  /** Running header: the rep and the date. */
  header: Inline[];
  /** Always-visible privacy notice in the header (the guide), if any. */
  headerNote?: string;
  locale: string;
  intro: Block[];
  sections: DocSection[];
};
