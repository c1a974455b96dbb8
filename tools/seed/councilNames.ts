/**
 * Names for the sample council's people. Deliberately includes apostrophes, accents,
 * hyphens and lower-case particles (O'Neill, Zoë, Lloyd-Jones, de la Mare) because those
 * are what break sorting, searching, initials and OData filters.
 */

export interface IPersonName {
  first: string;
  surname: string;
}

export const SEED_EMAIL_DOMAIN = 'bramblecombe.example';

/** The sitting and former councillors, in member Id order; the last ones become the former members. */
export const MEMBER_NAMES: readonly IPersonName[] = [
  ['Siobhán', "O'Neill"], ['Zoë', 'Hart'], ['Chloë', "D'Souza"], ['José', 'Núñez'],
  ['Margaret', 'Whitfield'], ['David', 'Okafor'], ['Priya', 'Patel'], ['Gareth', 'Llewellyn'],
  ['Helen', 'Fairbrother'], ['Mohammed', 'Rahman'], ['Sarah', 'Jenkins'], ['Tom', 'Ashworth'],
  ['Olu', 'Adeyemi'], ['Fiona', 'MacLeod'], ['Richard', 'Penhaligon'], ['Anne-Marie', 'Lloyd-Jones'],
  ['Kwame', 'Mensah'], ['Catherine', 'de la Mare'], ['Peter', 'Wainwright'], ['Jasbir', 'Kaur'],
  ['Eleanor', 'Fitzgerald'], ['Graham', 'Pickering'], ['Naomi', 'Goldberg'], ['Liam', 'Doyle'],
  ['Ruth', 'Ellison'], ['Brian', 'Thornton'], ['Aoife', 'Byrne'], ['Imran', 'Hussain'],
  ['Joan', 'Hargreaves'], ['Stephen', 'Ng'], ['Lucy', 'Barraclough'], ['Derek', 'Moffat'],
  ['Hannah', 'Kowalczyk'], ['Nigel', 'Brereton'], ['Amara', 'Nwosu'], ['Keith', 'Dunmore'],
  ['Beatrice', 'Holloway'], ['Andrew', 'McAllister'], ['Sunita', 'Chaudhry'], ['Michael', 'Fenwick'],
  ['Renée', 'Lefèvre'], ['Christopher', 'Oyelaran'], ['Pauline', 'Greenhalgh'], ['Ravi', 'Sharma'],
  ['Deborah', 'Quayle']
].map(([first, surname]) => ({ first, surname }));

export const FIRST_NAMES: readonly string[] = [
  'Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Mia', 'Charlie', 'Grace', 'Thomas', 'Emily',
  'James', 'Sophie', 'William', 'Lily', 'Daniel', 'Ella', 'Joseph', 'Freya', 'Samuel', 'Ruby', 'Matthew',
  'Evie', 'Benjamin', 'Lucy', 'Adam', 'Hannah', 'Ryan', 'Jessica', 'Luke', 'Rebecca', 'Nathan', 'Laura',
  'Mark', 'Claire', 'Paul', 'Karen', 'Simon', 'Julie', 'Andrew', 'Rachel', 'Steven', 'Nicola', 'Gary',
  'Joanne', 'Craig', 'Emma', 'Lee', 'Kelly', 'Darren', 'Victoria', 'Wayne', 'Gemma', 'Neil', 'Louise',
  'Mohammed', 'Aisha', 'Hamza', 'Fatima', 'Arjun', 'Anika', 'Raj', 'Priya', 'Kofi', 'Ama', 'Tunde', 'Ngozi',
  'Wei', 'Mei', 'Tomasz', 'Agnieszka', 'Łukasz', 'Małgorzata', 'Seán', 'Siobhán', 'Niamh', 'Ciarán',
  'Aoife', 'Dónal', 'Mairéad', 'Zoë', 'Chloë', 'Noémie', 'François', 'Renée', 'José', 'María', 'Inés',
  'Björn', 'Søren', 'Anaïs', 'Rhys', 'Cerys', 'Dafydd', 'Bethan', 'Iain', 'Morag', 'Callum', 'Eilidh'
];

export const SURNAMES: readonly string[] = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
  'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall',
  'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward',
  'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James', 'Scott',
  'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly',
  'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy', 'Miller', 'Cox',
  'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson', 'Ellis', 'Adams', 'Singh', 'Begum', 'Wilkinson',
  'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray', 'Mason', 'Ali', 'Hunt', 'Hussain', 'Campbell',
  'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight', 'Lloyd', 'Butler', 'Russell',
  'Barker', 'Fisher', 'Stevens', 'Jenkins', 'Murray', 'Dixon', 'Harvey', 'Graham', 'Pearson', 'Ahmed',
  'Fletcher', 'Walsh', 'Kaur', 'Gibson', 'Howard', 'Andrews', 'Stewart', 'Elliott', 'Reynolds', 'Saunders',
  'Payne', 'Fox', 'Pearce', 'Brooks', 'Lawrence', 'Atkinson', 'Bradley', 'Spencer', 'Gill', 'Dawson',
  "O'Brien", "O'Connor", "O'Sullivan", "D'Arcy", "D'Souza", 'McKenzie', 'MacDonald', 'McCarthy',
  'Nowak', 'Kowalski', 'Wiśniewski', 'Okafor', 'Adeyemi', 'Mensah', 'Chowdhury', 'Rahman', 'Nguyen',
  'Chen', 'Wong', 'da Silva', 'Ferreira', 'Fernández', 'García', 'Müller', 'Rossi', 'Byrne', 'Doyle',
  'Quinn', 'Fox-Taylor', 'Lloyd-Jones', 'Ó Briain', 'Ní Mhurchú', 'van der Berg', 'Løvik'
];

/** ASCII for an email local part: Zoë → zoe, Łukasz → lukasz, O'Neill → oneill, de la Mare → delamare. */
export function emailLocalPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O')
    .toLowerCase()
    .replace(/[^a-z-]/g, '');
}

export function claimsLoginName(email: string): string {
  return `i:0#.f|membership|${email}`;
}
