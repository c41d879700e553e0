import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../shared/text/repair';

describe('repairMojibake', () => {
  it.each([
    ['Mac Roman apostrophe', 'the People‚Äôs Republic', 'the People’s Republic'],
    ['Windows-1252 apostrophe', 'the worldâ€™s poorest', 'the world’s poorest'],
    ['Windows-1252 quotes', 'â€œagreed languageâ€\u009d', '“agreed language”'],
    ['Windows-1252 dash', '2019â€“2021', '2019–2021'],
    ['Windows-1252 accented letter', 'CommuniquÃ© conjoint', 'Communiqué conjoint'],
    ['Mac Roman accented letter', 'Communiqu√© conjoint', 'Communiqué conjoint'],
    ['no-break space', 'Article\u00c2\u00a01', 'Article\u00a01'],
    ['a byte-order mark read as text', 'ï»¿Joint Statement', 'Joint Statement'],
  ])('repairs %s', (_name, input, output) => {
    expect(repairMojibake(input).text).toBe(output);
  });

  it.each([
    ['French', 'L’été à Genève : « Déclaration » sur l’éducation, où l’on s’accorde ; «école»'],
    ['Spanish', '¿Qué año? ¡Señor Núñez! Declaración de Cartagena sobre la cooperación'],
    ['Portuguese', 'SÃO PAULO e a Declaração de Brasília: ações, informação, Ásia'],
    ['German', 'Äpfel, Übereinkommen, „Gemeinsame Erklärung“ für Österreich – Größe'],
    ['Danish', 'ÅRHUS og Ålborg: Østersøen'],
  ])('leaves legitimate %s text alone', (_name, text) => {
    expect(repairMojibake(text)).toEqual({ text, repairs: [] });
  });

  it('lists every repair with its position in the text before repair', () => {
    expect(repairMojibake('Itâ€™s the People‚Äôs').repairs).toEqual([
      { span: { start: 2, end: 5 }, from: 'â€™', to: '’', reason: 'UTF-8 text read as Windows-1252' },
      { span: { start: 17, end: 20 }, from: '‚Äô', to: '’', reason: 'UTF-8 text read as Mac Roman' },
    ]);
  });
});
