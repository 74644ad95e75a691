/**
 * A prompt cut into clauses ("when someone books a table", "email them a confirmation", "if the party is bigger
 * than 8 notify the manager on Slack") and each clause into words. What must stay whole is kept as one word: URLs,
 * email addresses, quoted text, dates and times, numbers with thousands separators (so "5,000" or "9:30" never
 * split a clause). The text is only ever matched against patterns: nothing in it is evaluated.
 */
export const PROMPT_MAX_LENGTH = 2000;
/** A clause longer than this is refused rather than searched (the segmentation is quadratic in its words). */
export const CLAUSE_WORDS_MAX = 60;

export interface Clause {
  /** The clause as written, for messages ("I did not understand …"). */
  text: string;
  words: string[];
  /** The first clause of a sentence: an if-block ends with its sentence. */
  sentenceStart: boolean;
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** Token kinds, in the order they are tried at each position. */
const TOKEN = new RegExp(
  [
    String.raw`(?<url>https?:\/\/[^\s<>"“”]+)`,
    String.raw`(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})`,
    String.raw`(?<quoted>"[^"\n]*"|“[^”\n]*”)`,
    // "December 1st, 2026" holds a comma that must not end the clause.
    String.raw`(?<monthDate>\b(?:${MONTHS})\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b)`,
    String.raw`(?<date>\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?\b)`,
    String.raw`(?<time>\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\b\.?)?)`,
    String.raw`(?<number>[$€£]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|[$€£]?\d+(?:\.\d+)?[a-z]*)`,
    String.raw`(?<sentence>[.!?]+(?=\s|$)|\n[ \t]*\n)`,
    String.raw`(?<clause>[,;:\n]|\s[-–—•*]\s|^[ \t]*[-–—•*]\s)`,
    String.raw`(?<word>[^\s,;:!?."“”()\[\]]+(?:\.[^\s,;:!?."“”()\[\]]+)*)`,
    String.raw`(?<other>[\s\S])`,
  ].join('|'),
  'gimy',
);

/** Words that join clauses; they are dropped ("and then", "after that" and "also" too). */
const JOINERS = new Set(['and', 'then', 'also', 'but']);

interface Token {
  kind: 'word' | 'sentence' | 'clause';
  text: string;
  start: number;
  end: number;
}

/** The tokens of a prompt, with URLs freed of the punctuation that ends the sentence they sit in. */
function tokenize(prompt: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < prompt.length && (match = TOKEN.exec(prompt))) {
    const groups = match.groups ?? {};
    const start = match.index;
    if (groups.url) {
      const url = groups.url.replace(/[.,;:!?)\]'’]+$/, '');
      TOKEN.lastIndex = start + url.length;
      tokens.push({ kind: 'word', text: url, start, end: start + url.length });
    } else if (groups.sentence) {
      tokens.push({ kind: 'sentence', text: groups.sentence, start, end: TOKEN.lastIndex });
    } else if (groups.clause) {
      tokens.push({ kind: 'clause', text: groups.clause, start, end: TOKEN.lastIndex });
    } else if (groups.other === undefined) {
      const text = match[0];
      tokens.push({ kind: 'word', text, start, end: start + text.length });
    }
  }
  return tokens;
}

/**
 * Whether a list of values is being written ("one of Basic, Pro or Team"): its commas and its "and"/"or" belong
 * to the list until the word after the last "or"/"and".
 */
class ListTracker {
  private state: 'none' | 'open' | 'closing' = 'none';

  /** Called for each word of a clause, with the words around it. */
  see(word: string, previous: string | undefined, next: string | undefined): void {
    const lower = word.toLowerCase();
    const opens =
      (lower === 'of' && /^(one|any)$/i.test(previous ?? '')) || (lower === 'either' && !/^way$/i.test(next ?? ''));
    if (opens) this.state = 'open';
    else if (this.state === 'open' && (lower === 'or' || lower === 'and')) this.state = 'closing';
    else if (this.state === 'closing') this.state = 'none';
  }

  get inList(): boolean {
    return this.state !== 'none';
  }

  reset(): void {
    this.state = 'none';
  }
}

/** The clauses of a prompt, in order, empty ones left out. */
export function splitClauses(prompt: string): Clause[] {
  const normalised = prompt.replace(/[‘’]/g, "'").replace(/\r\n?/g, '\n');
  const clauses: Clause[] = [];
  let current: Token[] = [];
  let sentenceStart = true;
  const list = new ListTracker();
  const close = (endsSentence: boolean) => {
    if (current.length) {
      const text = normalised.slice(current[0].start, current[current.length - 1].end).trim();
      clauses.push({ text, words: current.map((t) => t.text), sentenceStart });
      sentenceStart = false;
    }
    if (endsSentence) sentenceStart = true;
    current = [];
    list.reset();
  };
  const tokens = tokenize(normalised);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.text.toLowerCase();
    if (token.kind === 'sentence') {
      close(true);
    } else if (token.kind === 'clause') {
      // A list's commas stay in it (as words, so the value list can be read back).
      if (list.inList && token.text === ',') current.push({ ...token, kind: 'word' });
      else close(false);
    } else if (list.inList && (lower === 'and' || lower === 'or')) {
      list.see(token.text, current[current.length - 1]?.text, tokens[i + 1]?.text);
      current.push(token);
    } else if (JOINERS.has(lower)) {
      close(false);
    } else if (lower === 'after' && tokens[i + 1]?.text.toLowerCase() === 'that') {
      close(false);
      i++;
    } else {
      list.see(token.text, current[current.length - 1]?.text, tokens[i + 1]?.text);
      current.push(token);
    }
  }
  close(true);
  return clauses;
}
