import {
  invalid,
  isHttpUrl,
  NUMBER,
  phrase,
  readNumber,
  TEAM,
  unquote,
  URL_TEXT,
  VISITOR,
  type Reading,
} from './phrase-patterns';
import type { ActionIntent, Recipient } from './workflow-intents';

/**
 * Step phrases: emails, crm changes, HTTP calls, chat notifications, stop. Each reader answers the step, null (not
 * its kind of phrase) or why the step cannot be made (a URL with a password in it, 5000 points).
 */

const ADDRESS = String.raw`[^\s@"]+@[^\s@"]+\.[^\s@"]+`;
const RECIPIENT = String.raw`(?:${VISITOR}|${TEAM}|${ADDRESS})`;
const TEMPLATE_WORD = String.raw`(?:(?:booking |reservation |order |appointment )?confirmation|welcome|onboarding|follow[- ]?up|newsletter|thank[- ]you|thanks)`;
const TEMPLATE_KEY = String.raw`(?:"[a-z0-9][a-z0-9_-]{0,79}"|[a-z0-9][a-z0-9_-]{0,79})`;
const EMAIL_WORD = String.raw`(?:e-?mail|mail|message|note)`;
const SUMMARY = String.raw`(?:(?:a )?(?:summary|copy|recap)(?: of (?:the |their |it)(?:submission|answers|form|booking|details|data)?)?|the (?:details|submission|answers|data|booking))`;
const TAGS = String.raw`(?:"[^"]+"|[\w-]+(?: [\w-]+){0,2})`;

const PRONOUN = phrase(VISITOR);

/** The built-in crm template a word asks for; null: an inline email ("a thank-you"). */
export function templateFor(word: string): string | null {
  const w = word.toLowerCase();
  if (/confirm/.test(w)) return 'booking-confirmation';
  if (/welcome/.test(w)) return 'welcome-email';
  if (/onboarding/.test(w)) return 'onboarding-email';
  if (/follow/.test(w)) return 'follow-up';
  if (/newsletter/.test(w)) return 'newsletter';
  return null;
}

const ADDRESS_ONLY = phrase(ADDRESS);
const TEAM_ONLY = phrase(TEAM);

function recipientOf(text: string | undefined): Recipient {
  const t = (text ?? '').trim();
  if (ADDRESS_ONLY.test(t)) return { kind: 'address', address: t };
  if (t && TEAM_ONLY.test(t)) {
    const who = t
      .toLowerCase()
      .replace(/^(?:the|our|my) /, '')
      .replace(/^(?:whole|entire) /, '');
    return { kind: 'team', who: /^(?:us|me|myself|ourselves|everyone)$/.test(who) ? 'team' : who };
  }
  return { kind: 'visitor' };
}

/** "email them a confirmation", "send a welcome email", "email sales@acme.com", "send the team an email". */
const EMAIL = phrase(
  String.raw`(?<verb>send|e-?mail|mail)(?: (?<rcpt>${RECIPIENT}))?(?: (?:a|an|the|our|their|its|my))?(?: (?<tpl>${TEMPLATE_WORD})(?: template)?)?(?: (?<word>${EMAIL_WORD}))?(?: (?<summary>${SUMMARY}))?(?: to (?<rcpt2>${RECIPIENT}))?(?: (?:using|with|from) (?:the |our )?(?<key>${TEMPLATE_KEY}) template)?`,
);

const BY_EMAIL = phrase(
  String.raw`(?:notify|alert|tell|inform|warn|ping|update)(?: (?<rcpt>${TEAM}|${ADDRESS}))? (?:by|via|per|through|over|with an?) e-?mail`,
);
const LET_KNOW = phrase(String.raw`let (?<rcpt>${TEAM}) know(?: by e-?mail)?`);
const NOTIFY_TEAM = phrase(String.raw`(?:notify|alert|tell|inform|warn) (?<rcpt>${TEAM})`);
const COURTESY = phrase(
  String.raw`(?<tpl>confirm|welcome|thank|follow[- ]?up(?: with)?)(?: (?:them|${VISITOR}|it|the booking|their booking|the reservation|the appointment))?(?: by e-?mail)?`,
);

function readEmail(text: string): Reading<ActionIntent> {
  const g = EMAIL.exec(text)?.groups;
  const says = g && (g.tpl || g.key || g.word || g.summary);
  // "send them" says nothing to send; "email them a" leaves its article without a word (it belongs to the next one).
  const complete =
    g &&
    !(g.verb.toLowerCase() === 'send' && !says) &&
    !(g.rcpt && g.rcpt2) &&
    (says || g.rcpt) &&
    !/ (?:a|an|the|our|their|its|my)$/i.test(text);
  if (g && complete) {
    const recipient = recipientOf(g.rcpt ?? g.rcpt2);
    const template = g.key ? unquote(g.key).toLowerCase() : g.tpl ? templateFor(g.tpl) : null;
    return { type: 'send_email', recipient, template, word: g.tpl?.toLowerCase() ?? null };
  }
  const byEmail = BY_EMAIL.exec(text) ?? LET_KNOW.exec(text) ?? NOTIFY_TEAM.exec(text);
  if (byEmail) {
    const rcpt = byEmail.groups?.rcpt;
    return {
      type: 'send_email',
      recipient: rcpt ? recipientOf(rcpt) : { kind: 'team', who: 'team' },
      template: null,
      word: null,
    };
  }
  const courtesy = COURTESY.exec(text);
  if (courtesy?.groups) {
    const word = courtesy.groups.tpl.toLowerCase();
    return { type: 'send_email', recipient: { kind: 'visitor' }, template: templateFor(word), word };
  }
  return null;
}

// ---- crm ---------------------------------------------------------------------------------------------------------

/** "vip" → ["vip"]; "hot lead" → ["hot-lead"]; a quoted tag stays as written. */
function readTags(text: string): string[] | null {
  const t = text.trim();
  if (!t || PRONOUN.test(t)) return null;
  const tag = /^["“]/.test(t) ? unquote(t).trim() : t.toLowerCase().replace(/\s+/g, '-');
  if (!tag || tag.length > 50) return null;
  return [tag];
}

const ABOUT = String.raw`(?: (?:them|it|${VISITOR}|the (?:contact|submission|lead)))?`;
const TO_THEM = String.raw`(?: (?:to|on) (?:them|${VISITOR}))?`;
const FROM_THEM = String.raw`(?: from (?:them|${VISITOR}))?`;

const ADD_TO_LIST = phrase(
  String.raw`(?:add|put|save|store|create|insert|register|sync|push|record|keep)(?: (?:them|it|${VISITOR}|the (?:submission|details|data|info|lead|contact)|(?:a |the )?(?:new )?contact))? (?:to|in|into|on) (?:the |our |my )?(?:(?<crm>crm|contacts|contact list|contact database|database|address book)|(?<list>[\w-]+) (?:list|mailing list|audience))(?: as (?:an? |new )?(?<tags>${TAGS}))?`,
);
const SAVE_CONTACT = phrase(
  String.raw`(?:save|create|add|store|record|capture)(?: (?:the|a|an))?(?: new)? (?:contact|lead|customer|subscriber)(?: (?:to|in|into) (?:the |our )?crm)?(?: as (?:an? )?(?<tags>${TAGS}))?`,
);
const SAVE_AS = phrase(
  String.raw`(?:save|add|store|create|register) (?:them|${VISITOR}) as (?:an? |new )?(?<tags>${TAGS})(?: (?:in|to) (?:the |our )?crm)?`,
);
const UPSERT_CONTACT = phrase(String.raw`(?:create|update) (?:or update )?(?:the |a )?contact`);

function readContact(text: string): Reading<ActionIntent> {
  const listed = ADD_TO_LIST.exec(text);
  const saved = listed ?? SAVE_CONTACT.exec(text) ?? SAVE_AS.exec(text) ?? UPSERT_CONTACT.exec(text);
  if (!saved) return null;
  const g = saved.groups ?? {};
  const tags = g.tags ? readTags(g.tags) : [];
  if (!tags) return null;
  const list = g.list ? g.list.toLowerCase() : null;
  if (list && list.length > 50) return invalid('a list name has at most 50 characters');
  return { type: 'add_to_crm', tags, list };
}

const TAG_THEM = phrase(
  String.raw`(?:tag|label|mark|flag)${ABOUT}(?: (?:as being|as an?|as|with the|with an?|with))? (?<tags>${TAGS})(?: tags?| labels?)?`,
);
const ADD_TAGS = phrase(String.raw`add (?:the |a |an )?(?:tags?|labels?) (?<tags>${TAGS})${TO_THEM}`);
const ADD_NAMED_TAG = phrase(String.raw`add (?:the |a |an )?(?<tags>${TAGS}) (?:tag|label)${TO_THEM}`);
const REMOVE_TAGS = phrase(
  String.raw`(?:remove|delete|drop|clear|take off|strip)(?: the)? (?:tags?|labels?) (?<tags>${TAGS})${FROM_THEM}`,
);
const REMOVE_NAMED_TAG = phrase(
  String.raw`(?:remove|delete|drop|clear|take off|strip)(?: the| a| an| their)? (?<tags>${TAGS}) (?:tags?|labels?)${FROM_THEM}`,
);
const UNTAG = phrase(String.raw`(?:untag|unlabel|unmark)${ABOUT}(?: as)? (?<tags>${TAGS})`);

function readTagging(text: string): Reading<ActionIntent> {
  const added = TAG_THEM.exec(text) ?? ADD_TAGS.exec(text) ?? ADD_NAMED_TAG.exec(text);
  if (added?.groups) {
    const tags = readTags(added.groups.tags);
    return tags ? { type: 'add_tag', tags } : null;
  }
  const removed = REMOVE_TAGS.exec(text) ?? REMOVE_NAMED_TAG.exec(text) ?? UNTAG.exec(text);
  if (removed?.groups) {
    const tags = readTags(removed.groups.tags);
    return tags ? { type: 'remove_tag', tags } : null;
  }
  return null;
}

const THEIR = String.raw`(?:their|the|its|his|her)`;
const SCORE_PATTERNS: [RegExp, 1 | -1][] = [
  [
    phrase(
      String.raw`(?:add|give(?: them)?|award(?: them)?|grant(?: them)?) (?<n>${NUMBER}) (?:lead )?(?:score )?points?(?: to ${THEIR} (?:lead )?score)?`,
    ),
    1,
  ],
  [phrase(String.raw`add (?<n>${NUMBER}) to ${THEIR} (?:lead )?score`), 1],
  [
    phrase(
      String.raw`(?:increase|raise|bump|boost|up|increment|improve) ${THEIR} (?:lead )?score by (?<n>${NUMBER})(?: points?)?`,
    ),
    1,
  ],
  [
    phrase(
      String.raw`(?:decrease|lower|reduce|cut|drop|decrement|dock|downgrade) ${THEIR} (?:lead )?score by (?<n>${NUMBER})(?: points?)?`,
    ),
    -1,
  ],
  [
    phrase(
      String.raw`(?:remove|take(?: away| off)?|subtract|deduct) (?<n>${NUMBER}) (?:lead )?(?:score )?points?(?: (?:from|off) ${THEIR} (?:lead )?score)?`,
    ),
    -1,
  ],
];

function readScore(text: string): Reading<ActionIntent> {
  for (const [pattern, sign] of SCORE_PATTERNS) {
    const n = pattern.exec(text)?.groups?.n;
    if (n === undefined) continue;
    const points = readNumber(n);
    if (points === null || !Number.isInteger(points) || points <= 0)
      return invalid('points are a whole number above 0');
    if (points > 1000) return invalid('a step changes a score by at most 1000 points');
    return { type: 'update_lead_score', points: sign * points };
  }
  return null;
}

const NOTE_VERB = String.raw`(?:log|record|add|write|leave|save|create|make|put)(?: a| an)? note`;
const TIMELINE = String.raw`(?: (?:on|to|in) (?:their |the )?(?:contact's )?(?:timeline|record|profile|contact|crm|history))?`;

const NOTE_SAYING = phrase(
  String.raw`${NOTE_VERB}${TIMELINE} (?:saying|that says|that reads|reading|with the text) (?<note>.+)`,
);
const NOTE_QUOTED = phrase(String.raw`${NOTE_VERB}${TIMELINE} (?<note>"[^"]+"|“[^”]+”)`);
const NOTE = phrase(`${NOTE_VERB}${TIMELINE}`);
const LOG_ACTIVITY = phrase(
  String.raw`(?:log|record|track|save)(?: an| the| this| a)? (?:activity|event|interaction|submission|visit|it|this)${TIMELINE}`,
);

function readActivity(text: string): Reading<ActionIntent> {
  const said = NOTE_SAYING.exec(text) ?? NOTE_QUOTED.exec(text);
  if (said?.groups) {
    const note = unquote(said.groups.note).trim();
    return note.length > 2000
      ? invalid('a note has at most 2000 characters')
      : { type: 'record_activity', activity: 'note', note };
  }
  if (NOTE.test(text)) return { type: 'record_activity', activity: 'note', note: null };
  if (LOG_ACTIVITY.test(text)) return { type: 'record_activity', activity: 'custom', note: null };
  return null;
}

// ---- calls and chat ----------------------------------------------------------------------------------------------

const ENDPOINT = String.raw`(?:(?:the|our|a|an|this) )?(?:(?:external |outgoing )?(?:webhook|endpoint|url|api|hook)(?: at)? )?`;
const DATA = String.raw`(?: (?:the|their|all|this|all the|all their|a copy of the))?(?: (?:data|submission|details|payload|form data|form|lead|contact|info|information|everything|answers|event|booking|results?|it|them|json))?(?: (?:as|in) json)?`;

function httpStep(method: string, url: string, withBody: boolean): Reading<ActionIntent> {
  if (!isHttpUrl(url) || url.length > 2000)
    return invalid(`${url} is not a URL a step may call (http or https, no user or password in it)`);
  return { type: 'http_request', method: method.toUpperCase(), url, withBody };
}

const CALL_URL = phrase(
  String.raw`(?:call|hit|ping|trigger|invoke|notify) ${ENDPOINT}(?<url>${URL_TEXT})(?: with (?:the |their )?(?:data|submission|details|payload|form data|answers))?`,
);
const SEND_TO_URL = phrase(
  String.raw`(?<verb>post|put|patch|send|forward|push|sync|submit|pass|deliver)${DATA} (?:to|at|into) ${ENDPOINT}(?<url>${URL_TEXT})`,
);
const METHOD_URL = phrase(
  String.raw`(?:(?:send|make|do|fire) )?(?:a |an )?(?<method>get|post|put|patch|delete|head) (?:request |call )?(?:to |at |on |against )?(?<url>${URL_TEXT})`,
);
const FETCH_URL = phrase(String.raw`(?:fetch|get|load|download|read|check|poll) (?<url>${URL_TEXT})`);

function readHttp(text: string): Reading<ActionIntent> {
  let m = CALL_URL.exec(text);
  if (m?.groups) return httpStep('POST', m.groups.url, true);
  m = SEND_TO_URL.exec(text);
  if (m?.groups) {
    const verb = m.groups.verb.toLowerCase();
    return httpStep(verb === 'put' || verb === 'patch' ? verb : 'POST', m.groups.url, true);
  }
  m = METHOD_URL.exec(text);
  if (m?.groups) {
    const method = m.groups.method.toUpperCase();
    return httpStep(method, m.groups.url, ['POST', 'PUT', 'PATCH'].includes(method));
  }
  m = FETCH_URL.exec(text);
  if (m?.groups) return httpStep('GET', m.groups.url, false);
  return null;
}

const WHO = String.raw`(?:${TEAM}|the channel)`;
const CHANNEL_URL = String.raw`(?: (?:at|using|with|via) (?:the )?(?:webhook )?(?<url>${URL_TEXT}))?`;
const NOTIFY_PATTERNS = [
  phrase(
    String.raw`(?:notify|alert|tell|inform|ping|message|warn|update)(?: (?<who>${WHO}))? (?:on|in|via|through|over|using|with|by) (?:a )?(?<ch>slack|discord)(?: message)?${CHANNEL_URL}`,
  ),
  phrase(
    String.raw`(?:post|send|write|drop|share|put|push)(?: (?:a|an|the|it|this|that))?(?: (?:message|notification|alert|note|update|summary|ping))? (?:to|on|in|into) (?:the |our )?(?<ch>slack|discord)(?: channel)?(?: (?:for|to) (?<who>${WHO}))?${CHANNEL_URL}`,
  ),
  phrase(
    String.raw`(?:post|send|write|drop)(?: (?:a|an|the))? (?<ch>slack|discord) (?:message|notification|alert|ping|note|update)(?: (?:to|for) (?<who>${WHO}))?${CHANNEL_URL}`,
  ),
  phrase(String.raw`(?<ch>slack|discord) (?<who>${WHO})`),
  phrase(String.raw`(?:let|tell) (?<who>${WHO}) know (?:on|in|via|through|over) (?<ch>slack|discord)`),
];

function readNotify(text: string): Reading<ActionIntent> {
  for (const pattern of NOTIFY_PATTERNS) {
    const g = pattern.exec(text)?.groups;
    if (!g) continue;
    if (g.url && !isHttpUrl(g.url)) return invalid(`${g.url} is not an http(s) URL without a user or password`);
    const who = g.who ? recipientOf(g.who) : null;
    return {
      type: 'notify',
      channel: g.ch.toLowerCase() as 'slack' | 'discord',
      who: who?.kind === 'team' ? who.who : g.who ? g.who.toLowerCase().replace(/^the /, '') : null,
      url: g.url ?? null,
    };
  }
  return null;
}

const STOP = phrase(
  String.raw`(?:stop|end|finish|halt|quit|exit)(?: (?:the )?(?:workflow|run|execution|here|there|processing|everything|it))?(?: (?<fail>with an? (?:error|failure)|as (?:a )?fail(?:ed|ure)|and fail))?`,
);
const FAIL = phrase(String.raw`(?:fail|abort)(?: (?:the )?(?:workflow|run|execution))?`);

function readStop(text: string): Reading<ActionIntent> {
  const stop = STOP.exec(text);
  if (stop) return { type: 'stop', failure: !!stop.groups?.fail };
  if (FAIL.test(text)) return { type: 'stop', failure: true };
  return null;
}

/** "do nothing", "that's it": said, but nothing to do. */
export const NOTHING = phrase(
  String.raw`do nothing|nothing|don't do anything|do not do anything|skip(?: it)?|ignore(?: it)?|nothing else|that's it|that's all|that is all|done`,
);

/** A step phrase (waits aside), or null when the phrase is none. */
export function readAction(text: string): Reading<ActionIntent> {
  for (const reader of [readNotify, readEmail, readHttp, readContact, readTagging, readScore, readActivity, readStop]) {
    const read = reader(text);
    if (read) return read;
  }
  return null;
}
