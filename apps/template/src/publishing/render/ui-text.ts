/**
 * The few words the renderer writes itself (everything else on a page is the site's own text). A page declares its
 * language in `<html lang>`, so its skip link and form messages should speak it too; unknown languages get English.
 */
export interface UiText {
  skip_to_content: string;
  main_navigation: string;
  home: string;
  form_error: string;
  form_sent: string;
  send: string;
  honeypot: string;
  required: string;
  most_popular: string;
  per_month: string;
  per_year: string;
  one_time: string;
  opens_in_new_tab: string;
  image: string;
  on_linkedin: string;
  opening_hours: string;
  contact: string;
  links: string;
  follow_us: string;
  email: string;
  phone: string;
  address: string;
  gallery: string;
}

const EN: UiText = {
  skip_to_content: 'Skip to content',
  main_navigation: 'Main',
  home: 'Home',
  form_error: 'Sorry, that did not go through. Please try again.',
  form_sent: 'Thank you!',
  send: 'Send',
  honeypot: 'Leave this field empty',
  required: 'required',
  most_popular: 'Most popular',
  per_month: '/month',
  per_year: '/year',
  one_time: 'one-time',
  opens_in_new_tab: '(opens in a new tab)',
  image: 'Image',
  on_linkedin: 'on LinkedIn',
  opening_hours: 'Opening hours',
  contact: 'Contact',
  links: 'Links',
  follow_us: 'Follow us',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  gallery: 'Gallery',
};

const TRANSLATIONS: Record<string, Partial<UiText>> = {
  fr: {
    skip_to_content: 'Aller au contenu',
    main_navigation: 'Principale',
    home: 'Accueil',
    form_error: 'Désolé, l’envoi a échoué. Veuillez réessayer.',
    form_sent: 'Merci !',
    send: 'Envoyer',
    honeypot: 'Laissez ce champ vide',
    required: 'obligatoire',
    most_popular: 'Le plus choisi',
    per_month: '/mois',
    per_year: '/an',
    one_time: 'paiement unique',
    opens_in_new_tab: '(s’ouvre dans un nouvel onglet)',
    on_linkedin: 'sur LinkedIn',
    opening_hours: 'Horaires',
    links: 'Liens',
    follow_us: 'Suivez-nous',
    email: 'E-mail',
    phone: 'Téléphone',
    address: 'Adresse',
    gallery: 'Galerie',
  },
  de: {
    skip_to_content: 'Zum Inhalt springen',
    main_navigation: 'Hauptmenü',
    home: 'Start',
    form_error: 'Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.',
    form_sent: 'Vielen Dank!',
    send: 'Senden',
    honeypot: 'Dieses Feld leer lassen',
    required: 'Pflichtfeld',
    most_popular: 'Am beliebtesten',
    per_month: '/Monat',
    per_year: '/Jahr',
    one_time: 'einmalig',
    opens_in_new_tab: '(öffnet in einem neuen Tab)',
    image: 'Bild',
    on_linkedin: 'auf LinkedIn',
    opening_hours: 'Öffnungszeiten',
    contact: 'Kontakt',
    follow_us: 'Folgen Sie uns',
    email: 'E-Mail',
    phone: 'Telefon',
    address: 'Adresse',
    gallery: 'Galerie',
  },
  es: {
    skip_to_content: 'Saltar al contenido',
    main_navigation: 'Principal',
    home: 'Inicio',
    form_error: 'Lo sentimos, no se pudo enviar. Inténtelo de nuevo.',
    form_sent: '¡Gracias!',
    send: 'Enviar',
    honeypot: 'Deje este campo vacío',
    required: 'obligatorio',
    most_popular: 'El más elegido',
    per_month: '/mes',
    per_year: '/año',
    one_time: 'pago único',
    opens_in_new_tab: '(se abre en una pestaña nueva)',
    image: 'Imagen',
    on_linkedin: 'en LinkedIn',
    opening_hours: 'Horario',
    contact: 'Contacto',
    links: 'Enlaces',
    follow_us: 'Síguenos',
    email: 'Correo',
    phone: 'Teléfono',
    address: 'Dirección',
    gallery: 'Galería',
  },
};

const RESOLVED = new Map<string, UiText>([['en', EN]]);

/** The words for a language tag (`fr-CA` uses `fr`). */
export function uiText(language: string): UiText {
  const base = language.split('-')[0];
  if (!Object.hasOwn(TRANSLATIONS, base)) return EN;
  let text = RESOLVED.get(base);
  if (!text) {
    text = { ...EN, ...TRANSLATIONS[base] };
    RESOLVED.set(base, text);
  }
  return text;
}
