// gr.Chatbot's CSS after ChatBot.svelte, Message.svelte, Thought.svelte, Pending.svelte and
// Examples.svelte, scoped by .graft-chatbot and drawn with the theme's variables. Rows off screen
// skip layout and paint (content-visibility), so a long history stays cheap to scroll.
export const css = `
.block.graft-chatbot { display: flex; flex-direction: column; padding: 0; overflow: hidden; }
.graft-chatbot > .top-panel { position: absolute; top: var(--spacing-sm); right: var(--spacing-sm); z-index: 3; display: flex; gap: var(--spacing-sm); }
.graft-chatbot > [data-testid="status-tracker"]:not(:has(.error)) { inset: auto 0 0 auto; background: transparent; border: 0; animation: none; padding: var(--spacing-sm); }
.graft-chatbot > [data-testid="status-tracker"] .graft-spinner { display: none; }
.graft-chatbot .bubble-wrap, .graft-chatbot .panel-wrap { flex: 1 1 auto; min-height: 0; width: 100%; overflow-y: auto; box-sizing: border-box; }
.graft-chatbot .bubble-wrap { padding-top: var(--spacing-xxl); }
.graft-chatbot .message-wrap { display: flex; flex-direction: column; margin-bottom: var(--spacing-xxl); direction: ltr; }
.graft-chatbot .message-row { display: flex; position: relative; content-visibility: auto; contain-intrinsic-block-size: auto 72px; }
.graft-chatbot .bubble { margin: calc(var(--spacing-xl) * 2); margin-bottom: var(--spacing-xl); }
.graft-chatbot .bubble.user-row { align-self: flex-end; max-width: calc(100% - var(--spacing-xl) * 6); }
.graft-chatbot .bubble.bot-row { align-self: flex-start; max-width: calc(100% - var(--spacing-xl) * 6); }
.graft-chatbot .panel { margin: 0; padding: calc(var(--spacing-lg) * 2); }
.graft-chatbot .panel.bot-row { background: var(--background-fill-secondary); }
.graft-chatbot .flex-wrap { display: flex; flex-direction: column; max-width: 100%; min-width: 0; color: var(--body-text-color); font-size: var(--chatbot-text-size, var(--text-md)); overflow-wrap: break-word; }
.graft-chatbot .message { position: relative; width: 100%; box-sizing: border-box; }
.graft-chatbot .message + .message { margin-top: var(--spacing-sm); }
.graft-chatbot .bubble .user, .graft-chatbot .bubble .bot { border-radius: var(--radius-md); padding: var(--spacing-sm) var(--spacing-xl); box-shadow: 0 1px 2px rgb(0 0 0 / 0.05); }
.graft-chatbot .bubble .user { align-self: flex-end; border: 1px solid var(--border-color-accent); border-bottom-right-radius: 0; background: var(--color-accent-soft); }
.graft-chatbot .bubble .bot { align-self: flex-start; border: 1px solid var(--border-color-primary); border-bottom-left-radius: 0; background: var(--background-fill-secondary); }
.graft-chatbot .panel .user :is(p, li, td) { text-align: right; }
.graft-chatbot .message-markdown-disabled .md { white-space: pre-line; }
.graft-chatbot .component { width: fit-content; padding: 0; overflow: hidden; }
.graft-chatbot [data-testid].selectable { cursor: pointer; }
.graft-chatbot .avatar-container { flex-shrink: 0; align-self: flex-start; width: 35px; height: 35px; border-radius: 50%; border: 1px solid var(--border-color-primary); overflow: hidden; }
.graft-chatbot .avatar-container img { width: 100%; height: 100%; object-fit: cover; border-radius: 50%; }
.graft-chatbot .user-row > .avatar-container { order: 2; margin-left: var(--spacing-xxl); }
.graft-chatbot .bot-row > .avatar-container { margin-right: var(--spacing-xxl); }
.graft-chatbot .panel.user-row > .avatar-container { order: 0; }
.graft-chatbot .md { display: block; line-height: 1.5; }
.graft-chatbot .md p { margin: 0.3em 0; }
.graft-chatbot .md a { color: var(--link-text-color); text-decoration: underline; }
.graft-chatbot .user .md a { color: inherit; }
.graft-chatbot .md code { font-family: var(--font-mono); font-size: 0.9em; background: var(--code-background-fill); border-radius: var(--radius-sm); padding: 1px 4px; }
.graft-chatbot .md pre { position: relative; background: var(--code-background-fill); padding: var(--spacing-lg); border-radius: var(--radius-md); overflow-x: auto; }
.graft-chatbot .md pre code { padding: 0; background: none; }
.graft-chatbot .md table { border-collapse: collapse; }
.graft-chatbot .md :is(th, td) { border: 1px solid var(--border-color-primary); padding: 4px 8px; }
.graft-chatbot .md img { max-width: 100%; }
.graft-chatbot .md .katex { font-size: var(--text-lg); direction: ltr; }
.graft-chatbot .md .code_wrap { position: relative; }
.graft-chatbot .md .copy_code_button { position: absolute; top: 0; right: 0; width: 28px; height: 28px; border: 0; background: var(--code-background-fill); color: var(--body-text-color); cursor: pointer; }
.graft-chatbot .md .copy_code_button .check, .graft-chatbot .md .copy_code_button.copied .copy-text { display: none; }
.graft-chatbot .image-container img { display: block; max-width: min(400px, 100%); max-height: 300px; margin: var(--spacing-sm) 0; border-radius: var(--radius-lg); }
.graft-chatbot .message audio { max-width: 100%; }
.graft-chatbot .message video { max-width: min(480px, 100%); max-height: 300px; border-radius: var(--radius-lg); }
.graft-chatbot .file-container { display: flex; align-items: center; gap: var(--spacing-lg); padding: var(--spacing-lg); width: fit-content; }
.graft-chatbot .file-icon { display: flex; color: var(--body-text-color); }
.graft-chatbot .file-info { display: flex; flex-direction: column; }
.graft-chatbot .file-link { color: var(--body-text-color); text-decoration: none; font-weight: 600; overflow-wrap: anywhere; }
.graft-chatbot .file-link:hover { text-decoration: underline; }
.graft-chatbot .file-type { font-size: var(--text-sm); color: var(--body-text-color-subdued); }
.graft-chatbot .component-note { color: var(--body-text-color-subdued); font-style: italic; }
.graft-chatbot .edit-textarea { width: max(100%, 160px); min-height: 3em; box-sizing: border-box; font: inherit; color: var(--body-text-color); background: var(--input-background-fill); border: 1px solid var(--input-border-color); border-radius: var(--radius-md); padding: var(--spacing-sm); }
.graft-chatbot .message-buttons { display: flex; gap: var(--spacing-sm); margin: calc(-1 * var(--spacing-lg)) calc(var(--spacing-xl) * 2) var(--spacing-sm); }
.graft-chatbot .message-buttons-right { align-self: flex-end; }
.graft-chatbot .message-buttons-left { align-self: flex-start; }
.graft-chatbot .message-buttons.panel { margin: var(--spacing-sm) 0 0; }
.graft-chatbot .message-buttons .icon-button-wrapper { display: flex; gap: var(--spacing-xs); align-items: center; }
.graft-chatbot .message-buttons .icon-button[aria-pressed="true"] { color: var(--color-accent); }
.graft-chatbot .icon-button:disabled { opacity: 0.5; cursor: default; }
.graft-chatbot a.icon-button { text-decoration: none; box-sizing: border-box; }
.graft-chatbot .extra-feedback { position: relative; display: inline-flex; }
.graft-chatbot .extra-feedback-options { position: absolute; top: 100%; left: 0; z-index: 4; display: flex; flex-direction: column; gap: 2px; padding: var(--spacing-xs); background: var(--block-background-fill); border: 1px solid var(--border-color-primary); border-radius: var(--radius-sm); }
.graft-chatbot .extra-feedback-option { border: 0; background: none; color: var(--body-text-color); font: inherit; text-align: left; padding: 2px 6px; cursor: pointer; white-space: nowrap; }
.graft-chatbot .extra-feedback-option[aria-pressed="true"] { font-weight: 700; }
.graft-chatbot .thought-group { border: 1px solid var(--border-color-primary); border-radius: var(--radius-sm); padding: var(--spacing-md); margin: var(--spacing-sm) 0; background: var(--block-background-fill); }
.graft-chatbot .thought-group .title { display: flex; align-items: center; gap: var(--spacing-sm); cursor: pointer; color: var(--body-text-color); }
.graft-chatbot .thought-group .title .md p { margin: 0; }
.graft-chatbot .thought-group .arrow { display: inline-flex; transition: transform 0.2s; transform: rotate(-90deg); }
.graft-chatbot .thought-group .title.expanded .arrow { transform: rotate(0deg); }
.graft-chatbot .thought-group .duration { color: var(--body-text-color-subdued); font-size: var(--text-sm); white-space: nowrap; }
.graft-chatbot .thought-group .content { padding-left: var(--spacing-lg); margin-top: var(--spacing-sm); overflow-wrap: break-word; }
.graft-chatbot .thought-group .children { padding-left: var(--spacing-md); }
.graft-chatbot .loading-spinner { display: inline-block; width: 12px; height: 12px; border: 2px solid var(--border-color-primary); border-top-color: var(--color-accent); border-radius: 50%; animation: graft-spin 1s linear infinite; }
.graft-chatbot .pending-container { display: flex; margin: calc(var(--spacing-xl) * 2); }
.graft-chatbot .pending { display: flex; align-items: center; width: auto; padding: var(--spacing-lg) var(--spacing-xl); border: 1px solid var(--border-color-primary); border-radius: var(--radius-md); border-bottom-left-radius: 0; background: var(--background-fill-secondary); }
.graft-chatbot .dots { display: flex; gap: 4px; }
.graft-chatbot .dot { width: 7px; height: 7px; border-radius: 50%; background: var(--body-text-color); opacity: 0.5; animation: graft-chat-dot 1s infinite; }
.graft-chatbot .dot:nth-child(2) { animation-delay: 0.2s; }
.graft-chatbot .dot:nth-child(3) { animation-delay: 0.4s; }
@keyframes graft-chat-dot { 0%, 100% { opacity: 0.8; } 50% { opacity: 0.3; } }
.graft-chatbot .options { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: var(--spacing-lg); margin-left: auto; padding: var(--spacing-xl); max-width: 100%; box-sizing: border-box; }
.graft-chatbot .option { padding: var(--spacing-lg); border: 1px dashed var(--border-color-primary); border-radius: var(--radius-md); background: var(--background-fill-secondary); color: var(--body-text-color); font: inherit; cursor: pointer; }
.graft-chatbot .option:hover { background: var(--color-accent-soft); border-color: var(--border-color-accent); }
.graft-chatbot .placeholder-content { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: var(--spacing-xl); min-height: 100%; padding: var(--spacing-xl); box-sizing: border-box; color: var(--body-text-color); }
.graft-chatbot .examples { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: var(--spacing-lg); width: 100%; max-width: 800px; }
.graft-chatbot .example { display: flex; width: 100%; height: 100%; padding: var(--spacing-xl); border: 1px solid var(--border-color-primary); border-radius: var(--radius-lg); background: var(--background-fill-secondary); color: var(--body-text-color); font: inherit; text-align: left; cursor: pointer; }
.graft-chatbot .example:hover { border-color: var(--border-color-accent); background: var(--color-accent-soft); }
.graft-chatbot .example-content { display: flex; flex-direction: column; gap: var(--spacing-sm); }
.graft-chatbot .example-image { width: 48px; height: 48px; object-fit: cover; border-radius: var(--radius-sm); }
.graft-chatbot .scroll-down-button-container { position: absolute; bottom: 10px; left: 50%; transform: translateX(-50%); z-index: 4; }
.graft-chatbot .scroll-down-button-container .icon-button { width: 32px; height: 32px; border-radius: 50%; }
`;
