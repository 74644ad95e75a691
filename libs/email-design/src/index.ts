/**
 * The house style of the platform's emails, shared by the crm's built-in templates and the ai service's email copy:
 * HTML that survives real mail clients (nested presentation tables, inline styles, a 600 px column that becomes full
 * width on phones through one media query, an Outlook-only fixed-width wrapper in a conditional comment, and table
 * "bulletproof" buttons). The compliance footer (unsubscribe link, postal address) is not part of it: the crm's send
 * pipeline appends it to every marketing email.
 */
export const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif";
export const ACCENT = '#4f46e5';
export const TEXT_COLOR = '#374151';
export const HEADING_COLOR = '#111827';
export const MUTED_COLOR = '#6b7280';
export const PAGE_BACKGROUND = '#f4f5f7';

export const P = `margin:0 0 16px;${FONT};font-size:16px;line-height:26px;color:${TEXT_COLOR}`;
export const H1 = `margin:0 0 16px;${FONT};font-size:24px;line-height:32px;font-weight:700;color:${HEADING_COLOR}`;
export const H2 = `margin:0 0 8px;${FONT};font-size:18px;line-height:26px;font-weight:700;color:${HEADING_COLOR}`;
export const LIST = `margin:0 0 16px;padding:0 0 0 22px;${FONT};font-size:16px;line-height:26px;color:${TEXT_COLOR}`;
export const LIST_ITEM = 'margin:0 0 8px';

/** A button that is a link on a coloured table cell, so it keeps its colour and padding in Outlook. */
export function emailButton(hrefExpression: string, label: string): string {
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px">` +
    `<tr><td align="center" bgcolor="${ACCENT}" style="border-radius:6px;background-color:${ACCENT}">` +
    `<a href="{{ ${hrefExpression} }}" class="email-button" style="display:inline-block;padding:12px 28px;${FONT};` +
    `font-size:16px;line-height:24px;font-weight:600;color:#ffffff;text-decoration:none;border-radius:6px">` +
    `${label}</a></td></tr></table>`
  );
}

/**
 * The shell around a body. `title` heads the message (a Liquid expression such as `{{ workspace.name }}` or text the
 * caller escaped); `preheader` is the line inbox lists show after the subject, hidden in the message itself.
 */
export function emailLayout({ title, preheader, body }: { title: string; preheader: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="x-apple-disable-message-reformatting" />
<meta name="color-scheme" content="light" />
<meta name="supported-color-schemes" content="light" />
<title>${title}</title>
<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->
<style>
body { margin: 0; padding: 0; width: 100% !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; }
table, td { border-collapse: collapse; mso-table-lspace: 0pt; mso-table-rspace: 0pt; }
img { border: 0; outline: none; text-decoration: none; -ms-interpolation-mode: bicubic; }
a { color: ${ACCENT}; }
@media only screen and (max-width: 620px) {
  .email-container { width: 100% !important; }
  .email-padding { padding-left: 20px !important; padding-right: 20px !important; }
  .email-button { display: block !important; text-align: center !important; }
}
</style>
</head>
<body style="margin:0;padding:0;background-color:${PAGE_BACKGROUND}">
<div class="preheader" style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;color:${PAGE_BACKGROUND};opacity:0">${preheader}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${PAGE_BACKGROUND}">
<tr>
<td align="center" style="padding:32px 12px">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" class="email-container" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:600px;background-color:#ffffff;border-radius:8px">
<tr>
<td class="email-padding" style="padding:28px 40px 0;${FONT};font-size:18px;line-height:26px;font-weight:700;color:${HEADING_COLOR}">${title}</td>
</tr>
<tr>
<td class="email-padding" style="padding:24px 40px 36px;${FONT};font-size:16px;line-height:26px;color:${TEXT_COLOR}">
${body}
</td>
</tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td>
</tr>
</table>
</body>
</html>
`;
}
