import { describe, expect, it } from 'vitest';
import { mayMatch, Replacements, requiredPieces } from '../../../src/core/matching/prefilter.js';

describe('requiredPieces', () => {
  it('finds the words every match of a pattern holds', () => {
    expect(requiredPieces(/\bapologies (?:for|if)\b/g)).toEqual(['apologies ']);
    expect(requiredPieces(/\b(?:my )?apologies (?:for|if|in advance)\b|\bof all (?:times?|days)\b/g)).toEqual(['apologies ', 'of all ']);
    expect(requiredPieces(/\b(?:is|are|was) (?:reported|said) to (?:be )?/g)).toEqual([' reported to ', ' said to ']);
    expect(requiredPieces(/\b(how|what|why)'d\b/g)).toEqual(["how'd", "what'd", "why'd"]);
  });

  it('reads escapes, classes, lookarounds, repeats and back references', () => {
    expect(requiredPieces(/\bu\.n\.(?=\W|$)/g)).toEqual(['u.n.']);
    expect(requiredPieces(/\b(\w+)[- ]wise\b/g)).toEqual(['wise']);
    expect(requiredPieces(/\bMoD\b|\s+STOP\b(?<=\w.*\s+STOP)/g)).toEqual(['MoD', 'STOP']);
    expect(requiredPieces(/(?:ab|cd)+e/)).toEqual(['ab', 'cd']);
    expect(requiredPieces(/\u{1F1EF}\u{1F1F5}/u)).toEqual(['🇯🇵']);
    expect(requiredPieces(/(\w+) \1 again/)).toEqual([' again']);
  });

  it('tells none when a match may hold any text, the pieces are too short or too many, or case is ignored', () => {
    expect(requiredPieces(/[^\p{L}\p{N}]+/gu)).toBeUndefined();
    expect(requiredPieces(/(?:talks)?/)).toBeUndefined();
    expect(requiredPieces(/x{2,3}y/)).toBeUndefined();
    expect(requiredPieces(/\bapologies\b/i)).toBeUndefined();
    expect(requiredPieces(/a|b|c/)).toBeUndefined();
    expect(requiredPieces(new RegExp(Array.from({ length: 20 }, (_, i) => `word${i}x`).join('|')))).toBeUndefined();
  });

  it('never rules out a text the pattern matches', () => {
    const patterns = [
      /\b(?:my )?apologies (?:for|if|in advance)\b|\bof all (?:times?|moments?|days)\b/g,
      /\bwhat(?:'s|s| is)? (china|beijing|taiwan)(?:'s|s)? (?:position|stance|view|line) on\b/g,
      /,?\s*\b(?:(?:and|but) )?(?:nothing|no) (?:more|else)(?: than that)?(?=\s*[?!.]*\s*$)/,
      /\b(does|dose|dus|do|did) (\w+) wont\b/g,
      /\bwho( from (?:japan|china))? (is|are|was|were) named\b/g,
    ];
    const texts = [
      'my apologies for asking', 'of all days', "what's china's position on the islands", 'whats taiwan stance on it',
      'when, and nothing more?', 'but no else', 'does japan wont go', 'who from china is named', 'who was named', 'nothing here',
    ];
    for (const pattern of patterns) {
      for (const text of texts) {
        if (new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text)) expect(mayMatch(pattern, text), `${pattern} on ${text}`).toBe(true);
      }
    }
  });
});

describe('mayMatch', () => {
  it('finds pieces inside, overlapping and ending other pieces, as a search for each would', () => {
    // Pieces that are suffixes and prefixes of each other ("she", "he", "hers") are where a one-pass search can go wrong.
    const patterns = [/\bshe\b|\bhers\b/, /\bhe\b/, /\bhis\b|\bas\b/, /\bash es\b/, /(?:ab|ba)a\b/];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: Math.floor(random() * 14) }, () => 'abehirs '[Math.floor(random() * 8)]).join('');
      for (const pattern of patterns) {
        const pieces = requiredPieces(pattern) ?? [];
        expect(mayMatch(pattern, text), `${pattern} on "${text}"`).toBe(pieces.some((p) => text.includes(p)));
      }
    }
  });

  it('finds the pieces when they make more automaton states than 16 bits count', () => {
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const words = Array.from({ length: 300 }, () => Array.from({ length: 250 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]).join(''));
    const patterns = words.map((word) => new RegExp(`\\b${word}\\b`));
    for (const [i, pattern] of patterns.entries()) {
      expect(requiredPieces(pattern)).toEqual([words[i]]);
      expect(mayMatch(pattern, 'the talks')).toBe(false);
    }
    const last = patterns.length - 1;
    expect(mayMatch(patterns[last]!, `so ${words[last]} then`)).toBe(true);
    expect(mayMatch(patterns[last]!, `so ${words[last]!.slice(0, -1)} then`)).toBe(false);
    expect(mayMatch(patterns[0]!, `${words[last]} ${words[0]}`)).toBe(true);
  });
});

describe('Replacements', () => {
  it('skips a replacement whose pieces the text lacks and makes the others', () => {
    const chain = new Replacements()
      .toLowerCase()
      .replace(/\bapologies (?:for|if)\b/g, ' ')
      .replace(/\bthe talks\b/g, () => 'talks')
      .replace(/\bnot here\b/g, 'never')
      .trim();
    expect(chain.run('Apologies if this was asked: WHEN are the talks? ')).toBe('this was asked: when are talks?');
    expect(chain.run('NOT HERE, the talks')).toBe('never, talks');
  });
});
