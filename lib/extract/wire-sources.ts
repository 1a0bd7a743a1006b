/**
 * The wire services, and how pages write their names, in the scripts they
 * write in: "Reuters" and "رويترز" and "路透", "AFP" and "أ ف ب" and "法新社",
 * "Xinhua" and "新华社", "Kyodo" and "共同", "TASS" and "ТАСС".
 */
export interface WireSource {
  /** The name we show. */
  name: string;
  /** How pages write it. */
  pattern: RegExp;
  /** How a dateline writes it in parentheses: "(Reuters)", "(أ ف ب)", "(共同)". */
  dateline: readonly string[];
}

export const WIRE_SOURCES: readonly WireSource[] = [
  { name: 'Reuters', pattern: /\breuters\b|رويترز|路透/i, dateline: ['Reuters', 'رويترز', '路透社'] },
  {
    name: 'AP',
    pattern: /\b(?:[Aa]ssociated [Pp]ress|AP(?= photo| \u2014|\)| -|\/)|\(AP\))|美联社|أسوشيتد برس/,
    dateline: ['AP'],
  },
  {
    name: 'AFP',
    pattern: /\b(?:AFP|agence france[- ]presse)\b|أ ف ب|أ\.ف\.ب|فرانس برس|法新社/i,
    dateline: ['AFP', 'أ ف ب', 'أ.ف.ب', '法新社'],
  },
  {
    name: 'PA',
    pattern: /\b(?:PA(?= wire| media| images|\))|\(PA\)|press association|PA Media)\b/,
    dateline: ['PA'],
  },
  { name: 'Bloomberg', pattern: /\bbloomberg\b/i, dateline: ['Bloomberg'] },
  { name: 'UPI', pattern: /\b(?:UPI|united press international)\b/, dateline: ['UPI'] },
  { name: 'dpa', pattern: /\b(?:dpa|deutsche presse-agentur)\b/, dateline: ['dpa'] },
  { name: 'ANSA', pattern: /\bANSA\b/, dateline: ['ANSA'] },
  { name: 'EFE', pattern: /\b(?:EFE|Agencia EFE)\b/, dateline: ['EFE'] },
  {
    name: 'Kyodo',
    pattern: /\bkyodo\b|共同通信|【[^】]{1,12}共同】|[(（]共同[)）]/i,
    dateline: ['Kyodo', '共同'],
  },
  { name: 'Xinhua', pattern: /\bxinhua\b|新华社|新華社/i, dateline: ['Xinhua', '新华社'] },
  { name: 'TASS', pattern: /\bTASS\b|ТАСС/, dateline: ['TASS', 'ТАСС'] },
  {
    name: 'Anadolu',
    pattern: /\bAnadolu(?: Ajansı| Agency)?\b|\(AA\)|^(?:Kaynak|Source)\s*:\s*AA\s*$|الأناضول/,
    dateline: ['AA'],
  },
  { name: 'PTI', pattern: /\bPTI\b|\(PTI\)|पीटीआई/, dateline: ['PTI', 'पीटीआई'] },
  { name: 'APP', pattern: /\(APP\)|Associated Press of Pakistan|اے پی پی/, dateline: ['APP', 'اے پی پی'] },
  { name: 'Lusa', pattern: /\b(?:Agência )?Lusa\b/, dateline: ['Lusa'] },
  { name: 'AAP', pattern: /\b(?:AAP|australian associated press)\b/, dateline: ['AAP'] },
  { name: 'Canadian Press', pattern: /\bcanadian press\b/i, dateline: ['CP'] },
  { name: 'Yonhap', pattern: /\byonhap\b|연합뉴스/i, dateline: ['Yonhap'] },
  { name: 'Europa Press', pattern: /\bEuropa Press\b/, dateline: ['Europa Press'] },
  { name: 'Interfax', pattern: /\bInterfax\b|Интерфакс/, dateline: ['Interfax', 'Интерфакс'] },
  { name: 'RIA Novosti', pattern: /\bRIA Novosti\b|РИА Новости/, dateline: ['РИА Новости'] },
];

/** The wire sources that lines of credit or body text name. */
export function sourcesNamed(lines: readonly string[]): string[] {
  const names = new Set<string>();
  for (const line of lines) {
    for (const source of WIRE_SOURCES) if (source.pattern.test(line)) names.add(source.name);
  }
  return [...names];
}

/** Canonical name for a story's source as written in a corpus ("Reuters", "Associated Press" → "AP"). */
export function canonicalSource(source: string): string {
  const named = sourcesNamed([source]);
  return named[0] ?? source.trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
