/**
 * Our own AP story as a site that licenses AP's copy runs it: the body opens
 * with AP's dateline and credits no one else. Neither a feed nor a bundle has it.
 */
const PARAGRAPHS = [
  'WASHINGTON (AP) — The Senate on Tuesday approved a bill that would require every new school bus sold in the country to carry seat belts for each passenger by 2030, sending the measure to the House.',
  'The bill passed 71-27 after two days of debate, with supporters citing a federal study that found lap-and-shoulder belts cut serious injuries in rollover crashes by more than half.',
  'Opponents said the requirement would add about $10,000 to the price of each bus and force rural districts to cut routes, and they proposed grants to cover the cost, which were rejected.',
  'Transportation Secretary Elena Marsh said the department was ready to write the rules within a year. "Children should be as safe on the way to school as they are in the family car," she said.',
  'School bus makers have offered belts as an option for years, but fewer than one in ten buses on the road today has them, according to an industry group.',
];

export function apCopyPage(): string {
  return `<html><head><title>Senate passes school bus seat belt bill</title></head><body><article><h1>Senate passes school bus seat belt bill</h1>${PARAGRAPHS.map(
    (p) => `<p>${p}</p>`,
  ).join('')}</article></body></html>`;
}
