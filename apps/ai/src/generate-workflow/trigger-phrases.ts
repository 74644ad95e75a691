import {
  ACTIVITY_RECORDED,
  CONTACT_CREATED,
  CONTACT_DELETED,
  CONTACT_UPDATED,
  EMAIL_BOUNCED,
  EMAIL_CLICKED,
  EMAIL_DELIVERED,
  EMAIL_OPENED,
  EMAIL_SENT,
  EMAIL_UNSUBSCRIBED,
  findEventContract,
  SCORE_THRESHOLD_REACHED,
  SITE_PUBLISHED,
  SITE_UNPUBLISHED,
} from '@mab/contracts';
import { invalid, phrase, SOMEONE, type Reading } from './phrase-patterns';
import { readSchedule } from './schedule-phrases';
import type { TriggerIntent } from './workflow-intents';

/**
 * Trigger phrases: "when someone submits the contact form", "every weekday at 8am in Europe/Paris", "when an email
 * bounces", "when I run it by hand". Each reader answers the trigger, null (not this kind of phrase) or why the
 * phrase cannot be used (a time zone the runtime does not know, an event nobody publishes).
 */
const WHEN = String.raw`(?:when(?:ever)?|each time|every time|as soon as|once|after|if)`;
const ARTICLE = String.raw`(?:(?:the|our|my|a|an|this|that) )?`;

/** What a contact event says about its contact: an id (and an address), or nothing a crm step could use. */
export type EventContact = 'email' | 'id' | 'none';

interface KnownEvent {
  event: string;
  about: string;
  contact: EventContact;
  patterns: RegExp[];
  conditions?: NonNullable<Extract<TriggerIntent, { type: 'custom_event' }>['conditions']>;
}

const CONTACT = String.raw`(?:(?:a|the|any) )?(?:new )?(?:contact|lead|customer|subscriber|person)`;
const EMAIL = String.raw`(?:(?:an|a|the|our|any) )?(?:e-?mail|newsletter|message|campaign)`;

/** Platform events by what people call them; names come from the contracts, so only published events are offered. */
const KNOWN_EVENTS: KnownEvent[] = [
  {
    event: SCORE_THRESHOLD_REACHED.name,
    about: "a contact's lead score passes a threshold",
    contact: 'id',
    patterns: [
      phrase(
        String.raw`${WHEN} (?:(?:a|the) )?(?:contact|lead|customer)(?:'s|s'|s)? (?:lead )?score (?:passes|reaches|crosses|exceeds|hits|goes (?:over|above|past)|rises (?:above|past)|gets to) (?:the |a |its |their )?(?:scoring |score )?threshold`,
      ),
      phrase(String.raw`${WHEN} (?:the |a )?(?:lead )?score threshold is (?:reached|crossed|passed)`),
      phrase(
        String.raw`${WHEN} (?:(?:a|the) )?(?:contact|lead) becomes (?:a )?(?:hot|qualified|sales[- ]qualified|marketing[- ]qualified)(?: lead)?`,
      ),
    ],
  },
  {
    event: EMAIL_BOUNCED.name,
    about: 'a hard bounce',
    contact: 'id',
    conditions: [{ field: 'bounce_type', operator: 'equals', value: 'hard' }],
    patterns: [phrase(String.raw`${WHEN} ${EMAIL} hard[- ]?bounces`)],
  },
  {
    event: EMAIL_BOUNCED.name,
    about: 'an email bounces',
    contact: 'id',
    patterns: [
      phrase(String.raw`${WHEN} ${EMAIL} (?:bounces|bounced|is bounced|gets bounced|has bounced)`),
      phrase(String.raw`${WHEN} (?:we get|there is) a bounce`),
    ],
  },
  {
    event: EMAIL_UNSUBSCRIBED.name,
    about: 'a contact unsubscribes',
    contact: 'id',
    patterns: [
      phrase(
        String.raw`${WHEN} (?:${CONTACT}|${SOMEONE}|(?:a|the) recipient) (?:unsubscribes|unsubscribed|opts out)(?: (?:from|of) (?:our |the |any )?(?:e-?mails|newsletter|list|mailing list|marketing))?`,
      ),
    ],
  },
  {
    event: EMAIL_CLICKED.name,
    about: 'a link in an email is clicked',
    contact: 'id',
    patterns: [
      phrase(String.raw`${WHEN} (?:${SOMEONE}|(?:a|the) recipient) clicks (?:a |the |any )?link in ${EMAIL}`),
      phrase(String.raw`${WHEN} (?:a |an |the )?(?:e-?mail )?link (?:in ${EMAIL} )?is clicked`),
    ],
  },
  {
    event: EMAIL_OPENED.name,
    about: 'an email is opened',
    contact: 'id',
    patterns: [
      phrase(String.raw`${WHEN} (?:${SOMEONE}|(?:a|the) recipient) opens ${EMAIL}`),
      phrase(String.raw`${WHEN} ${EMAIL} is opened`),
    ],
  },
  {
    event: EMAIL_DELIVERED.name,
    about: 'an email is delivered',
    contact: 'id',
    patterns: [phrase(String.raw`${WHEN} ${EMAIL} (?:is|gets|was) delivered`)],
  },
  {
    event: EMAIL_SENT.name,
    about: 'an email is sent',
    contact: 'id',
    patterns: [phrase(String.raw`${WHEN} ${EMAIL} (?:is|gets|was) sent(?: out)?`)],
  },
  {
    event: CONTACT_CREATED.name,
    about: 'a contact is created',
    contact: 'email',
    patterns: [
      phrase(String.raw`${WHEN} ${CONTACT} (?:is|gets|was) (?:created|added)(?: (?:to|in) (?:the )?crm)?`),
      phrase(String.raw`${WHEN} (?:we|I) (?:get|have) a new contact`),
    ],
  },
  {
    event: CONTACT_UPDATED.name,
    about: 'a contact is updated',
    contact: 'email',
    patterns: [phrase(String.raw`${WHEN} ${CONTACT} (?:is|gets|was) (?:updated|changed|modified|edited)`)],
  },
  {
    event: CONTACT_DELETED.name,
    about: 'a contact is deleted',
    contact: 'none',
    patterns: [phrase(String.raw`${WHEN} ${CONTACT} (?:is|gets|was) (?:deleted|removed|erased)`)],
  },
  {
    event: SITE_PUBLISHED.name,
    about: 'a site is published',
    contact: 'none',
    patterns: [phrase(String.raw`${WHEN} ${ARTICLE}(?:web)?site (?:is|gets|goes|was) (?:published|live)`)],
  },
  {
    event: SITE_UNPUBLISHED.name,
    about: 'a site is unpublished',
    contact: 'none',
    patterns: [
      phrase(String.raw`${WHEN} ${ARTICLE}(?:web)?site (?:is|gets|was) (?:unpublished|taken down|taken offline)`),
    ],
  },
  {
    event: ACTIVITY_RECORDED.name,
    about: 'an activity is recorded',
    contact: 'id',
    patterns: [phrase(String.raw`${WHEN} (?:an |a )?(?:new )?activity is (?:recorded|logged)`)],
  },
];

/** The producers whose events the engine hears (architecture: crm, template, analytics and ai events). */
const HEARD_PRODUCERS = new Set(['crm', 'template', 'analytics', 'ai']);

/** What a crm step can use from a custom event's payload. */
export function eventContact(event: string): EventContact {
  return KNOWN_EVENTS.find((known) => known.event === event)?.contact ?? 'none';
}

const NAMED_EVENT = phrase(
  String.raw`(?:${WHEN}|on) (?:the |an? )?(?:event )?(?<name>[a-z][a-z0-9-]*\.[a-z0-9_.-]+\.v\d+)(?: event)?(?: (?:happens|is (?:published|emitted|received|fired)|fires|occurs|arrives|comes in))?`,
);

function readKnownEvent(text: string): Reading<TriggerIntent> {
  for (const known of KNOWN_EVENTS) {
    if (known.patterns.some((pattern) => pattern.test(text)))
      return {
        type: 'custom_event',
        event: known.event,
        about: known.about,
        ...(known.conditions ? { conditions: known.conditions } : {}),
      };
  }
  // An event by its name: "when the event crm.email.opened.v1 happens".
  const named = NAMED_EVENT.exec(text);
  if (!named?.groups) return null;
  const name = named.groups.name.toLowerCase();
  const contract = findEventContract(name);
  if (!contract || !HEARD_PRODUCERS.has(contract.producer))
    return invalid(`there is no platform event ${name} a workflow can listen to`);
  return { type: 'custom_event', event: name, about: `the event ${name} happens` };
}

// ---- forms and clicks --------------------------------------------------------------------------------------------

const FORM_NAME = String.raw`(?<name>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2} )?`;
const BOOKABLE = String.raw`(?:table|appointment|call|demo|meeting|room|session|slot|class|consultation|visit|reservation|booking|tour|viewing|lesson|court|spot|seat|stay|trip|ticket)s?`;

const FORM_PATTERNS: { pattern: RegExp; form: (name: string | undefined) => string | null }[] = [
  {
    pattern: phrase(
      String.raw`${WHEN} ${SOMEONE} (?:submit(?:s|ted)?|fill(?:s|ed)? (?:in|out)|complete(?:s|d)?|sends?|sent|use(?:s|d)?) ${ARTICLE}${FORM_NAME}form(?: on (?:the |our )?(?:site|website|page))?`,
    ),
    form: (name) => name ?? null,
  },
  {
    pattern: phrase(
      String.raw`${WHEN} ${ARTICLE}(?:new )?${FORM_NAME}form (?:is|gets|has been|was) (?:submitted|filled (?:in|out)|completed|sent)`,
    ),
    form: (name) => name ?? null,
  },
  {
    pattern: phrase(String.raw`(?:on|for|after|with) (?:each|every|a|any) (?:new )?${FORM_NAME}form submission`),
    form: (name) => name ?? null,
  },
  {
    pattern: phrase(
      String.raw`${WHEN} ${SOMEONE} (?:book(?:s|ed)?|reserve(?:s|d)?|schedule(?:s|d)?|makes?|made|request(?:s|ed)?) (?:a |an |the )?${BOOKABLE}(?: online)?`,
    ),
    form: () => 'booking',
  },
  {
    pattern: phrase(
      String.raw`${WHEN} (?:a |an )?(?:new )?(?:booking|reservation|appointment) (?:is |gets )?(?:made|placed|received|submitted|booked|comes in|arrives)`,
    ),
    form: () => 'booking',
  },
  {
    pattern: phrase(String.raw`(?:on|for|after) (?:each|every|a|any) (?:new )?(?:booking|reservation|appointment)`),
    form: () => 'booking',
  },
  {
    pattern: phrase(
      String.raw`${WHEN} ${SOMEONE} (?:sign(?:s|ed)? up|subscribe(?:s|d)?|join(?:s|ed)?|opt(?:s|ed)? in)(?: (?:for|to|on) (?:the |our |a )?(?:newsletter|mailing list|list|updates|e-?mails))?`,
    ),
    form: () => 'newsletter',
  },
  {
    pattern: phrase(
      String.raw`${WHEN} ${SOMEONE} (?:register(?:s|ed)?|sign(?:s|ed)? up|enrol(?:l|ls|led|s)?|rsvps?)(?: (?:for|to) (?:the |our |an |a )?(?:event|webinar|workshop|class|course|beta|trial|waitlist|waiting list))`,
    ),
    form: () => 'registration',
  },
  {
    pattern: phrase(
      String.raw`${WHEN} ${SOMEONE} (?:contacts? us|contacted us|gets? in touch|reach(?:es)? out|sends? (?:us )?a message|asks? for a quote|requests? a (?:quote|callback|call back)|enquires?|inquires?|asks? a question)`,
    ),
    form: () => 'contact',
  },
  {
    pattern: phrase(
      String.raw`${WHEN} (?:we|I) (?:get|receive) (?:a |an )?(?:new )?(?:form submission|submission|lead|signup|sign-up|enquiry|inquiry|message)(?: (?:from|through|via|on) ${ARTICLE}${FORM_NAME}form)?`,
    ),
    form: (name) => name ?? null,
  },
];

function readForm(text: string): TriggerIntent | null {
  for (const { pattern, form } of FORM_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return { type: 'form_submission', form: form(match.groups?.name?.trim().toLowerCase()) };
  }
  return null;
}

const CLICK = String.raw`(?:click(?:s|ed)?|tap(?:s|ped)?|press(?:es|ed)?|hits?|use(?:s|d)?)`;
const VIEW = String.raw`(?:view(?:s|ed)?|sees?|saw|visit(?:s|ed)?|look(?:s|ed)? at|open(?:s|ed)?|scroll(?:s|ed)? to|land(?:s|ed)? on|reach(?:es|ed)?)`;
const TARGET = String.raw`(?<target>[\w'#-]+(?: [\w'#-]+){0,4})`;

const INTERACTIONS: [RegExp, 'click' | 'view' | 'any'][] = [
  [phrase(String.raw`${WHEN} ${SOMEONE} ${CLICK}(?: on)? ${ARTICLE}${TARGET}`), 'click'],
  [phrase(String.raw`${WHEN} ${SOMEONE} ${VIEW} ${ARTICLE}${TARGET}`), 'view'],
  [phrase(String.raw`${WHEN} ${SOMEONE} interact(?:s|ed)? with ${ARTICLE}${TARGET}`), 'any'],
  [phrase(String.raw`${WHEN} ${ARTICLE}${TARGET} (?:is|gets) (?:clicked|tapped|pressed)`), 'click'],
  [phrase(String.raw`${WHEN} ${ARTICLE}${TARGET} (?:is|gets) (?:viewed|seen|shown|displayed|visited)`), 'view'],
];

function readInteraction(text: string): TriggerIntent | null {
  for (const [pattern, interaction] of INTERACTIONS) {
    const target = pattern.exec(text)?.groups?.target;
    // A form's submit button is a submission, not a click the platform records as one.
    if (target && !/\bform$/i.test(target))
      return { type: 'page_interaction', interaction, target: target.toLowerCase() };
  }
  return null;
}

// ---- webhooks and manual runs ------------------------------------------------------------------------------------

const WEBHOOK_PATTERNS = [
  phrase(
    String.raw`${WHEN} ${ARTICLE}(?:incoming )?webhook (?:is called|is hit|is triggered|gets called|gets hit|fires|is received|receives (?:a |an )?(?:request|call|post|payload|data|event))`,
  ),
  phrase(
    String.raw`${WHEN} (?:we|I) (?:receive|get) (?:a |an )?(?:webhook|webhook call|webhook request|request on (?:our|the) webhook)`,
  ),
  phrase(String.raw`${WHEN} (?:a |an )?(?:external )?(?:system|service|app|tool|zap) calls ${ARTICLE}webhook`),
  phrase(String.raw`(?:on|via|from|when called by|when called through) (?:a |our |the )?webhook(?: call)?`),
];

const MANUAL_PATTERNS = [
  phrase(
    String.raw`(?:(?:when|if|whenever) )?(?:I|we|someone|an admin|you) (?:run|start|trigger|launch|execute) it(?: (?:by hand|manually|myself|ourselves|on demand))?`,
  ),
  phrase(
    String.raw`(?:run |started |triggered |when run |when started |when triggered )?(?:manually|by hand|on demand)`,
  ),
  phrase(String.raw`(?:a )?manual(?: trigger| run| start)?`),
  phrase(String.raw`when (?:I|we) (?:click|press|hit) (?:run|execute|start)`),
];

/** A trigger phrase, or null when the phrase is none. */
export function readTrigger(text: string): Reading<TriggerIntent> {
  const event = readKnownEvent(text);
  if (event) return event;
  const form = readForm(text);
  if (form) return form;
  if (WEBHOOK_PATTERNS.some((p) => p.test(text))) return { type: 'webhook' };
  if (MANUAL_PATTERNS.some((p) => p.test(text))) return { type: 'manual' };
  const interaction = readInteraction(text);
  if (interaction) return interaction;
  return readSchedule(text);
}
