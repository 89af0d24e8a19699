/**
 * Fills `{{contact.name}}`, `{{contact.email}}`, `{{agent.name}}`, `{{conversation.id}}` and `{{workspace.name}}`
 * (spaces inside the braces allowed). Unknown variables are kept as typed so the agent sees them; known
 * variables without a value become empty. The values are plain text: nothing in them is interpreted again.
 */
export function fillVariables(body, context) {
    const values = {
        'contact.name': context.contact?.name,
        'contact.email': context.contact?.email,
        'agent.name': context.agent?.name,
        'conversation.id': context.conversation?.id,
        'workspace.name': context.workspace?.name,
    };
    return body.replace(/\{\{\s*([a-z]+\.[a-z]+)\s*\}\}/gi, (whole, name) => {
        const key = name.toLowerCase();
        return key in values ? (values[key] ?? '') : whole;
    });
}
