import { words } from '../language.js';
export function keywordHits(text, keywords) {
    let hits = 0;
    for (const word of words(text))
        if (keywords.some((keyword) => word.startsWith(keyword)))
            hits++;
    return hits;
}
const DIMENSION_KEYWORDS = {
    physicalHealth: ['sono', 'dorm', 'exercíc', 'aliment', 'corpo', 'cafeína', 'físic', 'treino', 'sleep', 'exercis', 'body', 'food', 'diet', 'caffeine', 'physical', 'cigarr', 'fumar', 'smok', 'melatonin', 'hidrata', 'hydrat'],
    mentalHealth: ['ansiedade', 'estresse', 'mente', 'mental', 'emoç', 'felicidade', 'significado', 'sofrimento', 'anxiety', 'stress', 'mind', 'emotion', 'happiness', 'meaning', 'suffering', 'relax'],
    relationships: ['solidão', 'conex', 'relacionament', 'amig', 'família', 'amor', 'isolamento', 'social', 'lonel', 'connection', 'relationship', 'friend', 'family', 'love', 'isolation'],
    work: ['trabalho', 'carreira', 'produtiv', 'vocação', 'profiss', 'work', 'career', 'productiv', 'calling', 'job'],
    spirituality: ['transcend', 'espiritu', 'oração', 'meditaç', 'sagrad', 'spiritual', 'faith', 'prayer', 'meditat', 'sacred', 'beauty', 'beleza'],
};
const ARCHETYPE_KEYWORDS = {
    warrior: ['disciplin', 'desafio', 'força', 'esforço', 'treino', 'risco', 'challenge', 'strength', 'effort', 'fight', 'risk', 'courage', 'coragem'],
    explorer: ['descobr', 'explor', 'experiên', 'novo', 'curios', 'natureza', 'discover', 'experienc', 'adventure', 'curious', 'nature', 'beauty', 'beleza'],
    sage: ['sabedoria', 'reflex', 'aprend', 'entend', 'significado', 'wisdom', 'reflect', 'learn', 'understand', 'meaning', 'reconhec', 'recogni'],
    ruler: ['controle', 'planej', 'organiz', 'rotina', 'horário', 'consistên', 'regular', 'ritual', 'control', 'plan', 'organi', 'routine', 'schedule', 'consisten'],
};
/** The best-scoring entry; ties go to the first in table order, so the choice is stable. */
function best(text, table, fallback) {
    const scores = Object.fromEntries(Object.entries(table).map(([key, keywords]) => [key, keywordHits(text, keywords)]));
    let choice = fallback;
    for (const key of Object.keys(table))
        if (scores[key] > scores[choice])
            choice = key;
    return { choice, scores };
}
export function pickDimension(text) {
    return best(text, DIMENSION_KEYWORDS, 'mentalHealth').choice;
}
export function pickArchetype(text) {
    return best(text, ARCHETYPE_KEYWORDS, 'sage').choice;
}
/** Coaching frameworks Ari draws on, each with the advice and the question Ari asks. */
export const FRAMEWORKS = [
    {
        name: 'habit_formation',
        type: 'behavioral_change',
        keywords: ['hábito', 'rotina', 'ritual', 'consistên', 'diári', 'regular', 'habit', 'routine', 'ritual', 'consisten', 'daily'],
        suggestion: { en: 'Anchor one small step to a moment you already repeat every day.', pt: 'Ancore um pequeno passo em um momento que você já repete todo dia.' },
        prompt: { en: 'Which small step could you repeat tomorrow at the same time?', pt: 'Qual pequeno passo você pode repetir amanhã no mesmo horário?' },
    },
    {
        name: 'behavioral_design',
        type: 'behavioral_change',
        keywords: ['ambiente', 'quarto', 'espaço', 'celular', 'tela', 'cortina', 'environment', 'room', 'space', 'bedroom', 'phone', 'screen'],
        suggestion: { en: 'Shape your environment so the good choice is the easy one.', pt: 'Ajuste seu ambiente para que a boa escolha seja a mais fácil.' },
        prompt: { en: 'What in your environment helps you, and what gets in the way?', pt: 'O que no seu ambiente ajuda você, e o que atrapalha?' },
    },
    {
        name: 'circadian_rhythm',
        type: 'habit_optimization',
        keywords: ['sono', 'dorm', 'luz', 'melatonina', 'circadiano', 'noite', 'noturno', 'manhã', 'acord', 'sleep', 'light', 'melatonin', 'circadian', 'night', 'morning', 'wake'],
        suggestion: { en: 'Protect your sleep window like an important appointment.', pt: 'Proteja seu horário de sono como um compromisso importante.' },
        prompt: { en: 'At what time will you switch off the screens tonight?', pt: 'A que horas você vai desligar as telas hoje à noite?' },
    },
    {
        name: 'social_connection',
        type: 'connection_building',
        keywords: ['solidão', 'conex', 'relacionament', 'amig', 'família', 'isolamento', 'social', 'lonel', 'connection', 'relationship', 'friend', 'family', 'isolation', 'love'],
        suggestion: { en: 'Invest a few minutes today in someone who matters to you.', pt: 'Invista alguns minutos hoje em alguém importante para você.' },
        prompt: { en: 'Who could you reach out to today, even with a short message?', pt: 'Com quem você pode falar hoje, nem que seja uma mensagem curta?' },
    },
    {
        name: 'meaning_and_purpose',
        type: 'purpose_reflection',
        keywords: ['significad', 'propósito', 'vocação', 'transcend', 'servir', 'valores', 'sentido', 'meaning', 'purpose', 'calling', 'serving', 'values'],
        suggestion: { en: "Connect today's tasks to what gives your life meaning.", pt: 'Conecte as tarefas de hoje ao que dá sentido à sua vida.' },
        prompt: { en: 'Where did you find meaning this week, and how can you return there?', pt: 'Onde você encontrou sentido nesta semana, e como voltar lá?' },
    },
    {
        name: 'self_compassion',
        type: 'emotional_awareness',
        keywords: ['sofriment', 'dificuldade', 'aceit', 'acolh', 'suffer', 'pain', 'struggle', 'embrace', 'accept'],
        suggestion: { en: 'Meet hard moments with curiosity instead of judgment.', pt: 'Receba os momentos difíceis com curiosidade, não com julgamento.' },
        prompt: { en: 'What is a difficult moment teaching you right now?', pt: 'O que um momento difícil está ensinando a você agora?' },
    },
    {
        name: 'health_risk_awareness',
        type: 'motivation_enhancement',
        keywords: ['saúde', 'risco', 'fumar', 'cigarr', 'exercíc', 'health', 'risk', 'smok', 'exercis'],
        suggestion: { en: 'Treat this as a real health factor, not a detail.', pt: 'Trate isso como um fator real de saúde, não como um detalhe.' },
        prompt: { en: 'Which small change would protect your health this week?', pt: 'Qual pequena mudança protegeria sua saúde nesta semana?' },
    },
];
/** Ari's question when no framework applies. */
export const REFLECTION = {
    suggestion: { en: 'Pick one idea from this text and try it today.', pt: 'Escolha uma ideia deste texto e experimente hoje.' },
    prompt: { en: 'Which of these ideas fits your life right now?', pt: 'Qual destas ideias cabe na sua vida agora?' },
};
