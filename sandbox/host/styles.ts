import { TOKEN_CSS } from './client/theme-tokens';

/** Host-page styles: Atlassian-like navigation, cards, tables and lozenges, driven by the same tokens as apps. */
export const HOST_CSS = `${TOKEN_CSS}
*{box-sizing:border-box}
html,body{margin:0;background:var(--ds-surface-sunken);color:var(--ds-text);font:14px/20px -apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",Roboto,sans-serif}
a{color:var(--ds-link);text-decoration:none}a:hover{text-decoration:underline}
.topbar{display:flex;align-items:center;gap:16px;padding:0 20px;height:56px;background:var(--ds-surface);border-bottom:1px solid var(--ds-border);position:sticky;top:0;z-index:5}
.brand{display:flex;align-items:center;gap:8px;font-weight:600;color:var(--ds-text);white-space:nowrap}
.brand-mark{width:24px;height:24px;border-radius:6px;background:linear-gradient(135deg,#0C66E4,#1D7AFC);display:inline-block}
.brand small{font-weight:400;color:var(--ds-text-subtlest)}
.nav{display:flex;gap:4px}
.nav a{padding:6px 10px;border-radius:4px;color:var(--ds-text-subtle);font-weight:500}
.nav a.active{color:var(--ds-text-brand);background:var(--ds-background-information)}
.nav a:hover{background:var(--ds-background-neutral);text-decoration:none}
.spacer{flex:1}
.toolbar{display:flex;align-items:center;gap:8px}
.toolbar form{display:flex;align-items:center;gap:6px;margin:0}
.user-switch label{font-size:12px;color:var(--ds-text-subtlest)}
select,input[type=text],textarea{font:inherit;color:var(--ds-text);background:var(--ds-background-input);border:2px solid var(--ds-border-input);border-radius:4px;padding:6px 8px}
select:focus,input:focus,textarea:focus{outline:none;border-color:var(--ds-border-focused)}
textarea{width:100%;min-height:96px;resize:vertical}
input[type=text]{width:100%}
button,.button{font:inherit;font-weight:500;white-space:nowrap;border:none;border-radius:4px;padding:6px 12px;cursor:pointer;background:var(--ds-background-neutral);color:var(--ds-text);display:inline-flex;align-items:center;gap:6px}
button:hover,.button:hover{background:var(--ds-background-neutral-hovered);text-decoration:none}
button.primary,.button.primary{background:var(--ds-background-brand-bold);color:var(--ds-text-inverse)}
button.primary:hover{background:var(--ds-background-brand-bold-hovered)}
button.subtle{background:transparent}
.page{max-width:1120px;margin:24px auto;padding:0 20px}
.page.narrow{max-width:820px}
h1{font-size:24px;line-height:28px;font-weight:600;margin:0 0 16px}
h2{font-size:18px;line-height:24px;font-weight:600;margin:24px 0 12px}
h3{font-size:14px;font-weight:600;margin:0 0 8px;color:var(--ds-text-subtle);text-transform:uppercase;letter-spacing:.02em}
.card{background:var(--ds-surface-raised);border:1px solid var(--ds-border);border-radius:8px;padding:20px;box-shadow:0 1px 1px #091E4240}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:12px}
.tile{display:block;padding:16px;border:1px solid var(--ds-border);border-radius:8px;background:var(--ds-surface-raised);color:var(--ds-text)}
.tile:hover{border-color:var(--ds-border-focused);text-decoration:none}
.tile strong{display:block;margin-bottom:4px;color:var(--ds-text)}
.tile span{color:var(--ds-text-subtlest);font-size:13px}
.hero{background:linear-gradient(135deg,#0C66E4,#0055CC);color:#fff;border-radius:8px;padding:28px 24px;margin-bottom:20px}
.hero h1{color:#fff;margin:0 0 4px}.hero p{margin:0;opacity:.9}
.field{margin-bottom:16px}
.field label{display:block;font-size:12px;font-weight:600;color:var(--ds-text-subtle);margin-bottom:4px}
.actions{display:flex;gap:8px;align-items:center}
table{width:100%;border-collapse:collapse;background:var(--ds-surface-raised)}
th{font-size:12px;text-align:left;color:var(--ds-text-subtlest);font-weight:600;padding:8px;border-bottom:2px solid var(--ds-border)}
td{padding:8px;border-bottom:1px solid var(--ds-border);vertical-align:top}
tr:hover td{background:var(--ds-background-neutral)}
.lozenge{display:inline-block;padding:0 4px;border-radius:3px;font-size:11px;font-weight:700;line-height:16px;text-transform:uppercase;background:var(--ds-background-neutral);color:var(--ds-text-subtle);white-space:nowrap}
.lozenge.indeterminate{background:var(--ds-background-information);color:var(--ds-text-brand)}
.lozenge.done{background:var(--ds-background-success);color:var(--ds-text-success)}
.lozenge.internal{background:var(--ds-background-warning);color:var(--ds-text-warning)}
.muted{color:var(--ds-text-subtlest)}
.split{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:20px;align-items:start}
@media (max-width:900px){.split{grid-template-columns:1fr}}
dl.props{display:grid;grid-template-columns:110px 1fr;gap:8px 12px;margin:0}
dl.props dt{color:var(--ds-text-subtlest);font-size:12px}
dl.props dd{margin:0}
.comment{border-top:1px solid var(--ds-border);padding:12px 0}
.comment:first-child{border-top:none}
.comment .meta{font-size:12px;color:var(--ds-text-subtlest);margin-bottom:4px}
.comment.internal{background:var(--ds-background-warning);margin:0 -12px;padding:12px;border-radius:4px}
.forge-frame{width:100%;border:0;display:block;min-height:48px;background:transparent;color-scheme:normal}
.app-panel{border:1px solid var(--ds-border);border-radius:8px;padding:8px;background:var(--ds-surface)}
.app-panel>header{font-size:12px;font-weight:600;color:var(--ds-text-subtlest);margin:0 0 6px;display:flex;gap:6px;align-items:center}
.app-badge{font-size:10px;padding:0 4px;border-radius:3px;background:var(--ds-background-information);color:var(--ds-text-brand)}
.banner{padding:8px 12px;border-radius:4px;margin-bottom:12px}
.banner.error{background:var(--ds-background-danger);color:var(--ds-text-danger)}
.banner.warning{background:var(--ds-background-warning);color:var(--ds-text-warning)}
#flags{position:fixed;right:20px;bottom:20px;display:flex;flex-direction:column;gap:8px;z-index:10;width:360px}
.flag{position:relative;padding:16px 36px 16px 16px;border-radius:4px;background:var(--ds-surface-overlay);box-shadow:0 8px 12px #091E4226,0 0 1px #091E424F;border-left:4px solid var(--ds-background-brand-bold)}
.flag-success{border-left-color:var(--ds-background-success-bold)}
.flag-error{border-left-color:var(--ds-background-danger-bold)}
.flag-warning{border-left-color:var(--ds-background-warning-bold)}
.flag strong{display:block;margin-bottom:4px}
.flag-close{position:absolute;top:8px;right:8px;padding:0 6px;background:transparent}
.breadcrumbs{font-size:13px;margin-bottom:8px;color:var(--ds-text-subtlest)}
.pager{margin-top:12px}
.jql-form{display:flex;gap:8px;margin-bottom:16px}
.jql-form input{font-family:ui-monospace,Menlo,Consolas,monospace}
`;
