import { contrastRatio, readableTextColour } from '../../../src/domain/shared/colourContrast';
import { formatText } from '../../../src/domain/shared/formatText';
import { formatIsoDate } from '../../../src/domain/shared/formatDate';
import { contactActions } from '../../../src/common/components/ContactActions';
import { isEmailAddress, mailtoHref } from '../../../src/domain/shared/safeLinks';

describe('party colours on avatars', () => {
  it('writes white initials on a navy party colour and black on Liberal Democrat yellow', () => {
    expect(readableTextColour('#0A3B7C')).toBe('#FFFFFF');
    expect(readableTextColour('#0087DC')).toBe('#000000'); // mid blue: black reads better (5.4:1 against 3.9:1)
    expect(readableTextColour('#FAA61A')).toBe('#000000');
  });

  it('always picks the text colour with at least 4.5:1 contrast for large-ish initials where one exists', () => {
    for (const colour of ['#E4003B', '#12B6CF', '#6AB023', '#528D6B', '#FDBB30', '#605E5C']) {
      expect(contrastRatio(colour, readableTextColour(colour))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('contact actions', () => {
  const text = { email: 'Email', teams: 'Teams', phone: (n: string) => n, mobile: (n: string) => n };
  it('links email, phone and a Teams chat, and leaves out what is blank', () => {
    const actions = contactActions({ email: "sean.o'neill@example.gov.uk", phone: '+44 (0)1234 567 890' }, text, text);
    expect(actions.map(a => [a.key, a.href])).toEqual([
      ['email', "mailto:sean.o'neill@example.gov.uk"],
      ['phone', 'tel:+4401234567890'],
      ['teams', "https://teams.microsoft.com/l/chat/0/0?users=sean.o'neill%40example.gov.uk"]
    ]);
    expect(contactActions({}, text, text)).toEqual([]);
  });

  it('makes no email or Teams link from stored text that is not one plain address', () => {
    for (const email of ['x@council?cc=all@example.com&body=hi', 'a@b.gov.uk,c@d.gov.uk', 'Jo <jo@example.gov.uk>',
      'javascript:alert(1)//@example.gov.uk', 'no-at-sign', 'jo@localhost', 'jo@exa mple.gov.uk']) {
      expect([email, contactActions({ email }, text, text)]).toEqual([email, []]);
    }
  });

  it('makes no phone link from text that is not a number', () => {
    expect(contactActions({ phone: 'ring reception', mobile: '07700 900123;ext=9' }, text, text)).toEqual([]);
  });
});

describe('mailto links', () => {
  it('percent-encodes the address so its characters cannot add recipients, a subject or a body', () => {
    expect(isEmailAddress('jo+council@example.gov.uk')).toBe(true);
    expect(mailtoHref('jo+council@example.gov.uk')).toBe('mailto:jo%2Bcouncil@example.gov.uk');
    // Legal in an address, but in a URL ? and & would start parameters.
    expect(mailtoHref('a?cc=b&x=y@example.gov.uk')).toBe('mailto:a%3Fcc%3Db%26x%3Dy@example.gov.uk');
    expect(mailtoHref(' jo@example.gov.uk ')).toBe('mailto:jo@example.gov.uk');
    expect(mailtoHref(undefined)).toBeUndefined();
  });
});

describe('text formatting', () => {
  it('fills numbered placeholders in any order and leaves unknown ones', () => {
    expect(formatText('{1} of {0} ({2})', 5, 'Showing 3')).toBe('Showing 3 of 5 ({2})');
  });

  it('writes dates as people in the UK read them', () => {
    expect(formatIsoDate('2025-05-20')).toBe('20 May 2025');
  });
});
