import type { zhAreas } from '../zh-TW/areas';

export const enAreas: Record<keyof typeof zhAreas, string> = {
  'areaInfo.home': 'This computer and the areas you can use.',
  'areaInfo.counter': 'Receive walk-in citizens and businesses: record the visitor and their business items; when the business touches two or more units, the receiving unit assigns one staff member who escorts the visitor through all of it, recording each stop (unit, item, times, outcome), and at the end fills the escort record sheet (Annex 2) and submits it for sign-off.',
  'areaInfo.visits': 'Proactive visits and regulatory, technical and online-application guidance: triggered by a phone or written inquiry, a violation inspection, a registration sampling check or a certification follow-up; agree a date with the business, prepare the visit kit (regulations, technical specs, record forms), fill the service record (Annex 1) afterwards, and promote the QR case lookup during the visit.',
  'areaInfo.vehicles': 'A visit that needs an official car files a vehicle request with the secretariat, which approves it and assigns a car and a driver; one car is never booked for overlapping times, and departure and return mileage are recorded.',
  'areaInfo.cases': 'Every inspection case gets a label with a QR code printed on the counter label printer; the business scans it to follow the case\'s progress at any time (APP+QRcode case lookup). A reprint issues a new code and revokes the old one.',
  'areaInfo.accidents': 'On a product accident report the responsible section dispatches staff at once to learn the cause and help the citizen; the investigation and its outcome are recorded.',
  'areaInfo.seals': 'When the port branch grants early release and notifies this office, staff inspect and seal the goods where they are stored, recording the inspection number, goods, quantity, seal numbers and result; after sign-off the result is replied to the port branch and the case is closed.',
  'areaInfo.signoff': 'Record sheets go draft → submitted → signed by a section chief or office head, or are returned with a reason for correction and resubmission; a signed record never changes, a correction is a new linked record.',
  'areaInfo.reports': 'The plan\'s performance figures computed from recorded data: each avoided trip saves hours per trip × hourly income + fare (by default 2 h × NT$200 + NT$400 = NT$800); cross-branch sealing saves 24 hours per batch. The report shows its formula and parameters, which can be changed under Settings.',
  'areaInfo.settings': 'Units, staff, business items, parameters, audit log and demo data.',
};
