// The large archive behind `npm run seed:archive -- --stories N`: N generated, published stories added to the demo
// newsroom, for measuring the site at the size of a real paper. Everything here is invented, like the demo: a word
// model of the fictional Merrow coast (places, people, organisations, topics and sentence patterns written for it),
// drawn from a seeded generator so story i is the same text on every run and every machine.
//
// Story i has the id `arch_0000i`: a second run with the same N adds nothing, a larger N adds only the missing ones,
// and a run cut short is finished by the next. Dates are counted back from the anchor day (the day the newsroom's
// own stories begin, so the fronts still show them), which later runs read back from the stories already there.
//
// Speed (100,000 stories in a few minutes): each batch is one transaction of multi-row inserts through the raw
// driver. Left to the per-row search triggers of 20261130173500_search, every tag and byline of a story would
// re-index the whole story; instead, inside the batch's transaction, those triggers are switched off and the batch
// is indexed once, by the same code they run, so the index is exactly what they would have produced. Other
// sessions never see them off (the change commits with them back on) and every other trigger runs as usual.
// - SQLite, which cannot disable a trigger: the search triggers on Article, ArticleTag and ArticleAuthor are dropped
//   and re-created from their own stored SQL, and the batch's rows go into article_search_doc from the view
//   article_search_live, in publication order (the FTS table follows through its own triggers).
// - PostgreSQL: ALTER TABLE … DISABLE TRIGGER, then article_search_refresh() with the batch's ids. A connection
//   that does not own the tables may not do that, and loads with the triggers instead.
//
// The module's caches (the county, slugs, split templates) are functions of this code alone: every process agrees.
import Database from 'better-sqlite3';
import pg from 'pg';
import type { BodyDocument, BodyNode } from '../../lib/articles/body';
import { RENDER_VERSION, renderStory, type StoryRender } from '../../lib/articles/rendered';
import type { DatabaseTarget } from '../../lib/db/url';
import { toSlug } from '../../lib/text/slug';

// ─── The word model: a county of invented places, people, organisations and topics ───

type Desk = 'news' | 'politics' | 'business' | 'science' | 'culture' | 'sport' | 'opinion';

/** Places on the Merrow coast, the most written about first (Port Merrow's districts, then the county). */
const PLACES = [
  'Port Merrow', 'Old Quay', 'Saltmarsh', 'Gullhaven', 'Wexcombe', 'Larkmoor', 'Fennick Hill', 'Tarrow Sands',
  'Anchorage Quay', 'Kestle Point', 'Sallowmouth', 'Corran Bay', 'Haskford', 'Mirrenby', 'Dunmere', 'Pellow Cross',
  'Rookhithe', 'Otterlade', 'Sedgecombe', 'Thornwick', 'Gorse Down', 'Heronsford', 'Culverstow', 'Marlhaven',
  'Quillings', 'Yarrow Point', 'Bream Head', 'Tollandby', 'Elderwick', 'Skerrow', 'Vellan Cove', 'Hobbin’s Reach',
  'Carrow Mill', 'Nettlemouth', 'Sandle Bridge', 'Wrenhaven', 'Ashmere Green', 'Lowen Quay', 'Polwen', 'Trevanny',
  'Merrow Bridge', 'Upper Merrow', 'St Aldric’s', 'Cinder Lane', 'Ropewalk', 'Chandlers Row', 'Hightown',
  'Beacon Hill', 'Eastcliff', 'Gannet Cliff', 'Marram Dunes', 'Smelt Creek', 'Kittiwake Ridge', 'Foxlow',
  'Harbourside', 'Tidewater', 'Shingle End', 'Redquay', 'Stannary Fields', 'Brindleford', 'Cresswater', 'Lamplow',
  'Saltings', 'Hallow Sands', 'Greywater', 'Windle Heath', 'Cowry Bay', 'Pennick', 'Roswen',
] as const;

const FIRST_NAMES = [
  'Alys', 'Bram', 'Cerys', 'Dominic', 'Edith', 'Farah', 'Gideon', 'Hester', 'Idris', 'Joss', 'Kit', 'Lowenna',
  'Magnus', 'Nell', 'Oren', 'Petra', 'Quentin', 'Rosalind', 'Silas', 'Talia', 'Ulric', 'Verity', 'Wilf', 'Xanthe',
  'Yannick', 'Zara', 'Agnes', 'Benedict', 'Clemency', 'Desmond', 'Elowen', 'Felix', 'Greta', 'Hamish', 'Imogen',
  'Jory', 'Kerensa', 'Leopold', 'Morwenna', 'Niall', 'Olwen', 'Piers', 'Rhian', 'Sebastian', 'Tamsin', 'Vaughan',
  'Winifred', 'Aurelia', 'Barnaby', 'Cosima', 'Dara', 'Esme', 'Finlay', 'Gwen', 'Hugo', 'Isla', 'Jasper', 'Keira',
  'Lachlan', 'Maud', 'Nuala', 'Otis', 'Rafe', 'Sunita', 'Tobin', 'Una', 'Vikram', 'Yasmin', 'Zeb', 'Amara', 'Bilal',
  'Chidi', 'Delphine', 'Emeka', 'Fenella', 'Hana', 'Ishaan', 'Jun', 'Kofi', 'Leila', 'Mateo', 'Noor', 'Oksana',
  'Pavel', 'Saoirse', 'Tomasz', 'Uchenna', 'Rowan', 'Marek', 'Ines', 'Cormac',
] as const;

const SURNAMES = [
  'Abberley', 'Bastable', 'Chenoweth', 'Dunstan', 'Eddowes', 'Frayne', 'Gilchrist', 'Halloran', 'Ingram', 'Jessop',
  'Kellow', 'Lashbrook', 'Mortimer', 'Nancarrow', 'Oxley', 'Penhaligon', 'Quick', 'Rowe', 'Sallis', 'Treloar',
  'Upcott', 'Vosper', 'Whitlock', 'Yeoman', 'Adebayo', 'Brannigan', 'Castellano', 'Desai', 'Eklund', 'Fairweather',
  'Gallagher', 'Hartigan', 'Iqbal', 'Jovanovic', 'Kowalczyk', 'Lindqvist', 'Mensah', 'Nakamura', 'Okafor',
  'Petrakis', 'Quinlan', 'Rahman', 'Sorensen', 'Takahashi', 'Umeh', 'Varga', 'Whitcombe', 'Yilmaz', 'Zielinski',
  'Ambrose', 'Blackmore', 'Coombe', 'Darrow', 'Ellery', 'Fenwick', 'Goss', 'Hennessy', 'Inchbald', 'Jago', 'Kitto',
  'Loveday', 'Marrack', 'Nott', 'Oates', 'Pascoe', 'Rickard', 'Spargo', 'Tonkin', 'Uren', 'Vivian', 'Wearne',
  'Yelland', 'Trask', 'Polglase', 'Moyle', 'Hocking', 'Bray', 'Carlyon', 'Dyer', 'Eustice',
] as const;

/** What people do, by desk; `{place}` is their home place. */
const ROLES: Record<Exclude<Desk, 'opinion'>, readonly string[]> = {
  news: [
    'a resident of {place}', 'a retired teacher from {place}', 'headteacher of {place} Primary School', 'a GP in {place}',
    'coxswain of the {place} lifeboat', 'a police inspector for {place}', 'who runs a café in {place}',
    'a parent from {place}', 'chair of the {place} Residents’ Association', 'a nurse at the {place} health centre',
    'a volunteer at the {place} food bank', 'a landlord in {place}',
  ],
  politics: [
    'a councillor for {place}', 'the county council’s cabinet member for housing', 'leader of the opposition group',
    'mayor of {place}', 'chair of {place} parish council', 'the county council’s finance chief',
    'an independent councillor for {place}', 'the council’s cabinet member for transport',
  ],
  business: [
    'who owns a bakery in {place}', 'a fisherman from {place}', 'chair of the {place} Chamber of Trade',
    'an economist at Merrow College', 'who runs a boatyard in {place}', 'a shopkeeper in {place}',
    'managing director of a haulage firm in {place}', 'who farms near {place}',
  ],
  science: [
    'a marine biologist at Merrow College', 'who counts seabirds for the Merrow Wildlife Trust',
    'an engineer with the Coastal Works Agency', 'a meteorologist at the Kestle Point station',
    'a volunteer warden at {place}', 'a geologist who has studied the cliffs at {place} for years',
    'an oceanographer at the Merrow Marine Laboratory',
  ],
  culture: [
    'artistic director of the Lantern Theatre', 'curator at the Merrow Maritime Museum', 'a local historian from {place}',
    'a novelist who lives in {place}', 'director of the {place} festival', 'a musician from {place}',
    'a potter with a studio in {place}', 'chair of the {place} Historical Society',
  ],
  sport: [
    'a coach at {place}', 'captain of the {place} side', 'the {place} club’s chair', 'a veteran of the {place} club',
    'head coach at {place}', 'a volunteer at the {place} club',
  ],
};

/** County-wide bodies, the most written about first. */
const COUNTY_ORGS: readonly { name: string; desk: Desk; sport?: string; short?: string }[] = [
  { name: 'Merrow County Council', desk: 'politics' },
  { name: 'Port Merrow City Council', desk: 'politics' },
  { name: 'Port Merrow Harbour Trust', desk: 'news' },
  { name: 'Port Merrow Athletic', desk: 'sport', sport: 'Football', short: 'Port Merrow Athletic' },
  { name: 'Merrow Valley Health Trust', desk: 'news' },
  { name: 'Merrow Fishermen’s Co-operative', desk: 'business' },
  { name: 'Merrow College', desk: 'science' },
  { name: 'Merrow Wildlife Trust', desk: 'science' },
  { name: 'Lantern Theatre', desk: 'culture' },
  { name: 'Merrow Maritime Museum', desk: 'culture' },
  { name: 'Bluewake Ferries', desk: 'business' },
  { name: 'Merrow Coast Police', desk: 'news' },
  { name: 'Coastal Works Agency', desk: 'science' },
  { name: 'Merrow Water', desk: 'business' },
  { name: 'Halyard Estates', desk: 'business' },
  { name: 'Merrow Estuary Trust', desk: 'science' },
  { name: 'Merrow Marine Laboratory', desk: 'science' },
  { name: 'Drill Hall Arts Centre', desk: 'culture' },
  { name: 'Merrow Coast Tramways', desk: 'news' },
  { name: 'Merrow County Fire and Rescue', desk: 'news' },
  { name: 'Merrow Chamber of Commerce', desk: 'business' },
  { name: 'Merrow Rowing Association', desk: 'sport', sport: 'Rowing' },
  { name: 'Merrow County Cricket League', desk: 'sport', sport: 'Cricket' },
  { name: 'Merrow Tenants’ Union', desk: 'politics' },
  { name: 'Merrow Book Festival', desk: 'culture' },
  { name: 'Merrow Food Network', desk: 'news' },
  { name: 'Kestle Point Observatory', desk: 'science' },
  { name: 'Merrow Shipbuilders', desk: 'business' },
];

/** Bodies every place may have: `{place} <suffix>`. Sports clubs name their sport. */
const PLACE_ORGS: readonly { suffix: string; desk: Desk; sport?: string }[] = [
  { suffix: 'Town Council', desk: 'politics' }, { suffix: 'Parish Council', desk: 'politics' },
  { suffix: 'Primary School', desk: 'news' }, { suffix: 'Academy', desk: 'news' }, { suffix: 'Surgery', desk: 'news' },
  { suffix: 'Lifeboat Station', desk: 'news' }, { suffix: 'Community Centre', desk: 'news' },
  { suffix: 'Library', desk: 'news' }, { suffix: 'Residents’ Association', desk: 'politics' },
  { suffix: 'Food Bank', desk: 'news' }, { suffix: 'Fire Station', desk: 'news' },
  { suffix: 'Chamber of Trade', desk: 'business' }, { suffix: 'Harbour Board', desk: 'business' },
  { suffix: 'Brewery', desk: 'business' }, { suffix: 'Holiday Park', desk: 'business' },
  { suffix: 'Fish Market', desk: 'business' }, { suffix: 'Garden Centre', desk: 'business' },
  { suffix: 'Historical Society', desk: 'culture' }, { suffix: 'Choir', desk: 'culture' },
  { suffix: 'Players', desk: 'culture' }, { suffix: 'Arts Festival', desk: 'culture' },
  { suffix: 'Silver Band', desk: 'culture' }, { suffix: 'Allotment Society', desk: 'science' },
  { suffix: 'Bird Group', desk: 'science' }, { suffix: 'Beach Wardens', desk: 'science' },
  { suffix: 'Football Club', desk: 'sport', sport: 'Football' }, { suffix: 'Rowing Club', desk: 'sport', sport: 'Rowing' },
  { suffix: 'Cricket Club', desk: 'sport', sport: 'Cricket' }, { suffix: 'Sailing Club', desk: 'sport', sport: 'Sailing' },
  { suffix: 'Harriers', desk: 'sport', sport: 'Athletics' }, { suffix: 'Swimming Club', desk: 'sport', sport: 'Swimming' },
  { suffix: 'Rugby Club', desk: 'sport', sport: 'Rugby' }, { suffix: 'Wheelers', desk: 'sport', sport: 'Cycling' },
  { suffix: 'Bowls Club', desk: 'sport', sport: 'Bowls' },
];

/** Family firms: `<surname> <suffix>`. */
const FIRMS = ['& Sons', 'Boatyard', 'Marine', 'Engineering', '& Daughters', 'Haulage', 'Builders', 'Bakery', 'Nets'] as const;

type Topic = { name: string; desk: Desk; things: readonly string[] };

/**
 * Subjects by desk, the most written about first. A topic's name is a tag (the demo's tags keep their names, so the
 * archive shares them); its things are what a story is about, `{place}` being the story's place.
 */
const TOPICS: readonly Topic[] = [
  { name: 'Housing', desk: 'news', things: ['forty homes on the old gasworks site in {place}', 'the council housing waiting list', 'holiday lets in {place}', 'a block of flats above the bus station in {place}', 'rent rises across the county', 'empty homes in {place}'] },
  { name: 'Harbour', desk: 'news', things: ['repairs to the {place} harbour wall', 'the dredging of the inner harbour', 'mooring fees at {place}', 'the future of the old fish market', 'a new pontoon at {place}'] },
  { name: 'Transport', desk: 'news', things: ['the {place} park-and-ride', 'a cycle lane through {place}', 'the coast road between {place} and Port Merrow', 'rail fares on the branch line', 'the level crossing at {place}'] },
  { name: 'Health', desk: 'news', things: ['GP appointments in {place}', 'the minor injuries unit at {place}', 'ambulance waiting times', 'dental care across the county', 'the new health centre in {place}'] },
  { name: 'Schools', desk: 'news', things: ['the rebuild of {place} Primary School', 'school transport from {place}', 'free school meals', 'class sizes in {place}', 'the merger of two secondary schools'] },
  { name: 'Courts', desk: 'news', things: ['the closure of the {place} magistrates’ court', 'delays at the crown court', 'a string of burglaries in {place}', 'the case against a {place} landlord'] },
  { name: 'Flooding', desk: 'news', things: ['flood defences at {place}', 'the {place} flood barrier', 'drainage on the {place} estate', 'the flood warning sirens'] },
  { name: 'Coastal erosion', desk: 'news', things: ['the crumbling cliff path at {place}', 'rock armour below {place}', 'homes on the cliff edge at {place}', 'the plan to let the sea take back {place}'] },
  { name: 'Trams', desk: 'news', things: ['the tram extension to {place}', 'tram fares', 'late-night trams', 'the tram depot at {place}'] },
  { name: 'Strikes', desk: 'news', things: ['a strike by refuse collectors', 'a walkout at the {place} ferry terminal', 'pay talks with hospital porters', 'a strike ballot among teachers'] },
  { name: 'Policing', desk: 'news', things: ['police numbers in {place}', 'the closure of {place} police station', 'antisocial behaviour on the seafront', 'speed cameras on the {place} road'] },
  { name: 'Roads', desk: 'news', things: ['potholes on the {place} road', 'the {place} bypass', 'the roundabout at {place}', 'winter gritting routes'] },
  { name: 'Water quality', desk: 'news', things: ['sewage spills off {place}', 'bathing water at {place}', 'the outfall pipe at {place}'] },
  { name: 'Lifeboats', desk: 'news', things: ['a new lifeboat for {place}', 'the lifeboat station at {place}', 'the shortage of volunteer crew'] },
  { name: 'Libraries', desk: 'news', things: ['opening hours at {place} library', 'the mobile library', 'the library building in {place}'] },
  { name: 'Waste and recycling', desk: 'news', things: ['fortnightly bin collections', 'the recycling centre at {place}', 'fly-tipping in {place}'] },
  { name: 'Care homes', desk: 'news', things: ['the closure of a care home in {place}', 'home care visits', 'fees for residential care'] },
  { name: 'Fire service', desk: 'news', things: ['the fire station at {place}', 'night cover at {place} fire station', 'the new fire engines'] },
  { name: 'City council', desk: 'politics', things: ['the council’s new constitution', 'councillors’ allowances', 'the cabinet reshuffle', 'the council’s plans for {place}'] },
  { name: 'Local election', desk: 'politics', things: ['the by-election in {place}', 'postal voting', 'the count at the Drill Hall', 'boundary changes in {place}'] },
  { name: 'Council tax', desk: 'politics', things: ['a council tax rise', 'council tax on second homes', 'the council tax support scheme'] },
  { name: 'Budget', desk: 'politics', things: ['the county budget', 'cuts to youth services', 'the council’s reserves', 'the savings plan for {place}'] },
  { name: 'Planning', desk: 'politics', things: ['the local plan', 'a supermarket on the edge of {place}', 'the green fields around {place}', 'a solar farm near {place}'] },
  { name: 'Parking', desk: 'politics', things: ['parking charges in {place}', 'residents’ parking permits', 'the multi-storey car park at {place}'] },
  { name: 'Parish councils', desk: 'politics', things: ['the parish precept in {place}', 'the parish council’s plans for {place} green'] },
  { name: 'Devolution', desk: 'politics', things: ['an elected mayor for the county', 'the devolution deal', 'a combined authority for the coast'] },
  { name: 'Jobs', desk: 'business', things: ['jobs at the {place} business park', 'apprenticeships at the shipyard', 'seasonal work in {place}'] },
  { name: 'High street', desk: 'business', things: ['empty shops in {place}', 'the {place} market hall', 'business rates on the high street', 'a new shopping arcade in {place}'] },
  { name: 'Fishing', desk: 'business', things: ['crab quotas', 'the fish auction at {place}', 'the price of diesel for the fleet', 'a processing plant at {place}'] },
  { name: 'Energy', desk: 'business', things: ['the wind farm off {place}', 'a tidal energy scheme in the estuary', 'solar panels on council buildings', 'heat pumps for homes in {place}'] },
  { name: 'Tourism', desk: 'business', things: ['a tourist tax', 'visitor numbers in {place}', 'the holiday park at {place}', 'cruise ship visits'] },
  { name: 'Shipbuilding', desk: 'business', things: ['the order book at the {place} yard', 'a new dry dock', 'the shipyard’s pension scheme'] },
  { name: 'Property', desk: 'business', things: ['house prices in {place}', 'the sale of the customs house', 'office space in {place}'] },
  { name: 'Farming', desk: 'business', things: ['the milk price', 'the livestock market at {place}', 'grants for hedgerows'] },
  { name: 'Pubs', desk: 'business', things: ['the sale of the {place} Arms', 'pub closures across the county', 'licensing hours in {place}'] },
  { name: 'Start-ups', desk: 'business', things: ['a start-up hub in {place}', 'grants for new businesses', 'the innovation centre at {place}'] },
  { name: 'Climate', desk: 'science', things: ['the county’s climate targets', 'sea level rise at {place}', 'the carbon budget', 'the warmest year on record'] },
  { name: 'Wildlife', desk: 'science', things: ['the seal colony at {place}', 'otters on the river at {place}', 'badger setts near {place}', 'the beaver release at {place}'] },
  { name: 'Seabirds', desk: 'science', things: ['the puffin count at {place}', 'bird flu among gannets', 'the tern colony at {place}'] },
  { name: 'Marine life', desk: 'science', things: ['seagrass meadows off {place}', 'dolphin sightings off {place}', 'jellyfish on the beach at {place}'] },
  { name: 'Heatwave', desk: 'science', things: ['heat warnings', 'the hosepipe ban', 'heath fires near {place}'] },
  { name: 'Storms', desk: 'science', things: ['storm surge forecasts', 'the clean-up after the storm', 'the tide gauge at {place}'] },
  { name: 'Geology', desk: 'science', things: ['fossils on the beach at {place}', 'the landslip at {place}', 'the old tin workings near {place}'] },
  { name: 'Astronomy', desk: 'science', things: ['dark skies over {place}', 'the observatory at Kestle Point', 'the meteor shower'] },
  { name: 'Research', desk: 'science', things: ['the marine research station at {place}', 'microplastics in the estuary', 'a new research vessel'] },
  { name: 'Arts', desk: 'culture', things: ['the open studios trail', 'a new gallery in {place}', 'the public art commission for {place}'] },
  { name: 'Music', desk: 'culture', things: ['the brass band contest', 'the folk festival at {place}', 'the anniversary concert in {place}'] },
  { name: 'Theatre', desk: 'culture', things: ['the Lantern Theatre’s new season', 'the pantomime at {place}', 'an open-air play at {place}'] },
  { name: 'History', desk: 'culture', things: ['the shipwreck off {place}', 'the old lighthouse at {place}', 'the ropeworks at {place}', 'a wartime diary found in {place}'] },
  { name: 'Festivals', desk: 'culture', things: ['the harbour festival', 'the lantern parade in {place}', 'regatta week'] },
  { name: 'Museums', desk: 'culture', things: ['the maritime museum’s new wing', 'the museum’s ship models', 'free entry to the county’s museums'] },
  { name: 'Books', desk: 'culture', things: ['the county book festival', 'a novel set in {place}', 'the coast poetry prize'] },
  { name: 'Heritage', desk: 'culture', things: ['the old warehouses at {place}', 'the restoration of the {place} pier', 'the chapel at {place}'] },
  { name: 'Food and drink', desk: 'culture', things: ['the food festival in {place}', 'a new restaurant on the quay', 'the oyster season'] },
  { name: 'Film', desk: 'culture', things: ['the community cinema in {place}', 'a film shot in {place}'] },
  { name: 'Football', desk: 'sport', things: ['the new stand at {place}', 'the club’s youth academy', 'ticket prices at the ground'] },
  { name: 'Rowing', desk: 'sport', things: ['the Merrow regatta', 'the new boathouse at {place}'] },
  { name: 'Cricket', desk: 'sport', things: ['the county cup', 'the pavilion at {place}'] },
  { name: 'Sailing', desk: 'sport', things: ['the round-the-island race', 'the sailing club’s moorings at {place}'] },
  { name: 'Athletics', desk: 'sport', things: ['the coastal half marathon', 'the running track at {place}'] },
  { name: 'Rugby', desk: 'sport', things: ['the floodlights at {place}', 'the junior section at {place}'] },
  { name: 'Swimming', desk: 'sport', things: ['the new pool in {place}', 'the New Year’s Day swim'] },
  { name: 'Cycling', desk: 'sport', things: ['the coast sportive', 'the hill climb at {place}'] },
  { name: 'Bowls', desk: 'sport', things: ['the bowling green at {place}', 'the county triples'] },
];

/** A sport: whether its reports are of matches (one side beats another; `draws` if they can end level) or races. */
type Sport = { name: string; match: boolean; draws?: boolean; events: readonly string[]; lines: readonly string[]; score: (r: Random) => Score };
/** A result three ways: "3–1" or "by two lengths", a draw ("1–1"), and a win ("3–1 win", "five-wicket win"). */
type Score = [score: string, draw: string, win: string];

const goals = (r: Random): Score => {
  const a = r.int(1, 5);
  const b = r.int(0, a - 1);
  return [`${a}–${b}`, `${b}–${b}`, `${a}–${b} win`];
};
const points = (lo: number, hi: number) => (r: Random): Score => {
  const a = r.int(lo, hi);
  const b = r.int(lo - 3 > 0 ? lo - 3 : 0, a - 1);
  return [`${a}–${b}`, `${b}–${b}`, `${a}–${b} win`];
};
const race = (score: string): Score => [score, score, `win ${score}`];
const WORDS = ['nought', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** What each sport's reports say, besides what every report says. */
const SPORTS: readonly Sport[] = [
  { name: 'Football', match: true, draws: true, score: goals, events: ['the county cup', 'the coast league', 'the county cup final'], lines: [
    '{player} opened the scoring with a low shot after {minute} minutes.', '{player2} headed in a corner to level before half-time.',
    'A penalty, won and taken by {player}, settled it with {n} minutes left.', 'The visitors hit the bar twice in the first ten minutes.',
    'The pitch, heavy after a week of rain, slowed both sides down.' ] },
  { name: 'Rugby', match: true, draws: true, score: points(12, 41), events: ['the county cup', 'the coast league'], lines: [
    '{player} went over in the corner for the opening try.', 'A penalty from {player2} kept the visitors in touch.',
    'The home pack dominated the scrum for most of the second half.', 'A yellow card for {player2} just after the break proved costly.' ] },
  { name: 'Cricket', match: true, score: (r) => {
    if (r.chance(0.5)) {
      const w = r.int(2, 9);
      return [`by ${WORDS[w]} wickets`, 'a draw', `${WORDS[w]}-wicket win`];
    }
    const runs = r.int(8, 120);
    return [`by ${runs} runs`, 'a draw', `${runs}-run win`];
  }, events: ['the county cup', 'the coast league'], lines: [
    '{player} made {runs} off {balls} balls, including {n} fours.', '{player2} took {wickets} wickets for {runs2} runs.',
    'Rain took {n} overs out of the afternoon.', 'The chase looked comfortable until two wickets fell in the same over.' ] },
  { name: 'Bowls', match: true, score: points(60, 110), events: ['the county triples', 'the coast league'], lines: [
    '{player} and {player2} won their rink by {n} shots.', 'The green ran fast after a dry week.',
    'It came down to the last end of the last rink.' ] },
  { name: 'Rowing', match: false, score: (r) => race(`by ${r.pick(['a length', 'two lengths', 'three lengths', 'half a length', 'a canvas'])}`), events: ['the Merrow regatta', 'the estuary head race', 'the {place} regatta'], lines: [
    'The crew led from the start and were never caught.', 'A strong ebb tide made for fast times on the lower course.',
    '{player} stroked the winning eight for the {ordinal} time.', 'A clash of blades at the first bend cost the favourites their lead.' ] },
  { name: 'Sailing', match: false, score: (r) => race(`by ${r.int(2, 40)} minutes`), events: ['the round-the-island race', 'the {place} regatta', 'the winter series'], lines: [
    'A shift in the wind off {place} split the fleet.', '{player} took line honours after a long beat against the tide.',
    'Three boats retired with gear failures before the halfway mark.' ] },
  { name: 'Athletics', match: false, score: (r) => race(`in ${r.int(31, 39)}:${String(r.int(0, 59)).padStart(2, '0')}`), events: ['the coastal half marathon', 'the county championships', 'the {place} 10k'], lines: [
    '{player} broke away on the climb out of {place} and ran alone to the finish.', 'More than {big} runners took part.',
    'Marshals from {org} kept the course open despite the wind.' ] },
  { name: 'Swimming', match: false, score: (r) => race(`in ${r.int(1, 4)}:${String(r.int(0, 59)).padStart(2, '0')}`), events: ['the county gala', 'the harbour swim', 'the New Year’s Day swim'], lines: [
    'The water in the harbour was eleven degrees.', '{player} set a club record in the 200m freestyle.',
    'Lifeguards from {place} watched over the open-water events.' ] },
  { name: 'Cycling', match: false, score: (r) => race(`by ${r.int(5, 90)} seconds`), events: ['the coast sportive', 'the {place} hill climb', 'the county time trial'], lines: [
    '{player} attacked on the last climb and held on to the line.', 'A crosswind on the coast road split the bunch.',
    'The course took riders through {place} and back along the estuary.' ] },
];

/** What reports of matches and of races say, whatever the sport. */
const SPORT_TEXT = {
  matchHeadlines: [
    '{Club} beat {club2} {score}', '{Club} come from behind to beat {club2} {score}', '{Club} edge past {club2} in {event}',
    '{Club2} stunned as {club} snatch {win}', '{Club} return to winning ways with {win} over {club2}', '{Person} praises {club} spirit after {win} over {club2}',
    '{Club} too strong for {club2} in {event}', '{Club} keep up the chase with {win} at {club2}',
  ],
  drawHeadlines: ['{Club} held to {draw} draw by {club2}', 'Honours even as {club} and {club2} share the points'],
  raceHeadlines: ['{Club} win {event} {score}', '{Person} takes the title at {event}', 'Record entries for {event} in {place2}', '{Club} dominate {event}', '{Person} wins {event} {score}'],
  matchStandfirsts: [
    '{Club} stay in touch with the leaders after a performance their coach called “{short}”.',
    'A crowd of {crowd} saw {club} settle it in the closing stages after {club2} had the better of the first half.',
  ],
  raceStandfirsts: ['Entries were up by {pct} on last year as {event} returned to {place}.', 'Wind, tide and a late start made it a day for the strong and the patient.'],
  matchLedes: [
    '{Club} made it {n} games unbeaten with a hard-earned result against {club2}.', '{Club} produced their best performance of the season to see off {club2}.',
    'It was not pretty, but {club} will not mind after grinding out a result against {club2}.',
  ],
  raceLedes: ['{Club} came away from {event} with the prize they wanted most.', 'A blustery {day} at {place} produced one of the closest finishes {event} has seen.'],
  matchLines: [
    '{Club} started brightly and deserved their early lead.', '{Club2} had the better of the second half but could not turn pressure into points.',
    'The result lifts {club} to {ordinal} in the table, {n} points off the top.', 'A crowd of {crowd} turned out despite the wind off the estuary.',
    'It was {club}’s {ordinal} win in {n} outings.', '{Club2} travel to {place2} next {day}.', 'Both sides will meet again in the county cup in {month}.',
    'The first half was scrappy, played in a swirling wind that favoured neither side.', '{Club2} were reduced to chasing the game after the break.',
    'Neither side could keep the ball for long in the opening exchanges.', '{Club} have now won {k} of their last {n} home games.',
    'The away dressing room was quiet afterwards.', 'Both managers agreed the referee had a difficult afternoon.',
    '{Club} rested several regulars ahead of the cup tie on {day}.', 'A minute’s applause before kick-off marked the death of a former club president.',
  ],
  raceLines: [
    'Conditions were difficult, with a stiff breeze from the south-west.', '{Club} finished the day with {k} wins from {n} starts.',
    'Organisers said entries were the highest since {year}.', 'Results count towards the county rankings, which are published in {month}.',
    'Marshals from {place2} kept the course running despite the weather.', 'The start was delayed by half an hour while the course was checked.',
    'Spectators lined the harbour wall for the final stretch.', '{Club} brought the largest squad, with {n} entries across the day.',
    'The junior events ran in the morning, before the wind got up.', 'Times were slower than last year in every category.',
    'Several of the favourites went out early.',
  ],
} as const;

// ─── Sentences ───

// Every headline has at least two slots that vary (an organisation, a second place, a number…), so a large archive
// repeats few of them.
const HEADLINES: Record<Desk, readonly string[]> = {
  news: [
    '{Org} warns {thing} could take {n} years', '{Place2} residents demand answers over {thing}',
    'Plans for {thing} approved despite {big} objections', 'Delay to {thing} leaves {place2} in limbo',
    'Independent review of {thing} ordered after {org} complaint', '{Money} set aside for {thing}',
    'What the decision on {thing} means for {place2}', 'Inquiry into {thing} after {big} complaints', '{Org} apologises over {thing}',
    'Petition against {thing} passes {big} signatures', '{Person} fears for {thing} as deadline nears',
    'Questions over {thing} after {org} report', '{Place2} meeting on {thing} ends without agreement',
    'New figures cast doubt on {thing}, says {org}', 'Campaigners in {place2} win fresh hearing on {thing}',
    '{Org} backs {thing} after {n} months of talks', 'Consultation opens on {thing} as {org} sets out options',
    'Work on {thing} to start in {month}, says {org}', '{Thing}: what {org} has promised', '{Person} takes row over {thing} to county hall',
    '{Place2} divided over {thing}', 'Families in {place2} count the cost of {thing}',
  ],
  politics: [
    'Councillors vote {votes} to approve {thing}', '{Person} calls for rethink on {thing}',
    'Budget row deepens over {thing} as {org} warns of cuts', 'Opposition demands inquiry into {thing} after {money} overspend',
    'Cabinet split over {thing}, says {person}', '{Person} quits cabinet over {thing}', 'Council U-turn on {thing} after {big} objections',
    'Candidates in {place2} clash over {thing}', 'Leaked paper puts cost of {thing} at {money}', '{Place2} councillors back {thing}',
    '{Person} wins delay to vote on {thing}', 'Who pays for {thing}? {Place2} councillors cannot agree',
    'Scrutiny committee to examine {thing} after {person} complaint', '{Org} challenges county over {thing}', 'Promise on {thing} broken, says {person}',
  ],
  business: [
    '{Org} to create {jobs} jobs in {place2}', '{Org} profits fall by {pct} as costs bite', 'Traders fear {thing} will hit trade in {place2}',
    '{Org} bought by rival in {money} deal', '{Org} warns {jobs} jobs are at risk', '{Place2} firm wins {money} contract',
    '{Org} marks {years} years in {place2}', 'Shops in {place2} hit by {thing}', '{Org} opens new site in {place2}',
    '{Place2} business leaders call for action on {thing}', '{Money} investment in {thing} welcomed by {org}',
    '{Org} calls in administrators with {jobs} jobs at risk', 'Why {thing} matters to traders in {place2}',
    'Rents rise by {pct} for businesses in {place2}', '{Org} bets {money} on {thing}',
  ],
  science: [
    'Scientists record changes in {thing} over {n} years', 'Why {thing} matters for {place2}', 'Study links {thing} to warmer seas off {place2}',
    'New survey of {thing} finds {pct} decline', '{Org} to monitor {thing} for {n} years', 'Record year for {thing}, say {place2} volunteers',
    'Warning over {thing} as temperatures climb at {place2}', '{Person} leads study of {thing}',
    'What {thing} tells us about the coast at {place2}', 'Fresh data on {thing} surprises {org}', 'Volunteers in {place2} help track {thing}',
    '{Person} explains {thing}',
  ],
  culture: [
    '{Org} unveils plans for {thing}', 'Review: {person} at {thing}', '{Person} on {thing}', '{Money} boost for {thing}',
    '{Place2} gets ready for {thing}', 'Behind the scenes of {thing} with {person}', '{Thing} returns after {n}-year break',
    '{Count} things to see at {thing}', 'Lottery grant of {money} secures {thing}', '{Place2} volunteers bring {thing} back to life',
    '{Person} wins prize for work on {thing}', 'A night at {thing} with {person}',
  ],
  sport: ['{Club} appoint {person} as head coach', '{Club} unveil {money} plans for {thing}', '{Person} looks ahead to {event}'],
  opinion: [
    '{Place2} deserves better than {thing}', 'The truth about {thing}, from {place2}', 'Why I changed my mind about {thing}',
    'Let’s stop pretending about {thing}', 'We need an honest conversation about {thing}', '{Thing} is a test {org} keeps failing',
    'In praise of {thing}', 'Nobody in {place2} voted for {thing}', 'What the row over {thing} says about our priorities', 'A modest proposal on {thing}',
    'The quiet scandal of {thing}', 'It is time to get serious about {thing}', '{Place2} has been patient about {thing}. Enough',
    'What {place2} can teach us about {thing}', 'I grew up in {place2}. Here is what I know about {thing}',
  ],
};

const STANDFIRSTS: Record<Desk, readonly string[]> = {
  news: [
    '{Org} says {thing} will go ahead, but residents in {place} want guarantees first.',
    'The decision follows {n} months of talks and leaves {place} still waiting for an answer on {thing2}.',
    'Figures seen by Dateline suggest {thing} will cost {money} more than first thought.',
    'Campaigners say {thing} has been promised for years; the county says it is still looking for the money.',
    'People in {place} packed a public meeting on {day} night to hear what {thing} will mean for them.',
  ],
  politics: [
    'The vote, carried by {votes}, ends a year of argument over {thing} but opens a new one over {thing2}.',
    '{Person} says the county has “{short}” on {thing}, and wants a full debate before the budget.',
    'Papers published on {day} show how the council’s thinking on {thing} changed in the space of a month.',
    'Councillors in {place} say they were not consulted on {thing}; the cabinet says they were.',
  ],
  business: [
    '{Org} says demand has never been stronger, but costs have risen by {pct} in a year.',
    'Traders in {place} say {thing} could decide whether they are still open next winter.',
    'The deal, worth {money}, is the biggest in the county this year and secures {big} jobs.',
    'Owners blame {thing} and the cost of energy; unions want talks before anything is decided.',
  ],
  science: [
    'A {n}-year record kept by volunteers in {place} shows how quickly the coast is changing.',
    'Researchers say {thing} is a warning worth heeding, and that the next few winters will tell.',
    'The findings, published this week, surprised even the team at {org} who gathered them.',
    'Scientists say {thing} and {thing2} are more closely linked than anyone thought.',
  ],
  culture: [
    'After {n} years in planning, {thing} opens its doors in {month}, with tickets from £{price}.',
    '{Person} talks about {thing}, the years of work behind it and what comes next.',
    'A generous, funny and sometimes maddening evening that makes the most of {place}’s oldest stage.',
    'Volunteers have spent {n} winters on {thing}, and it shows.',
  ],
  sport: [
    '{Person} says the squad is stronger than last season, and the results are starting to agree.',
    'It was a day {club} will remember, and one their coach called “{short}”.',
  ],
  opinion: [
    'We have spent {n} years arguing about {thing}, and the answer was in front of us all along.',
    'The council’s plan for {thing} is well meant, but it asks the wrong people to pay for it.',
    'Anyone who has lived in {place} for long knows how this ends, unless something changes now.',
    'There is a better way to think about {thing}, and it starts with asking the people it affects.',
  ],
};

const SUBJECTS = [
  '{Org}', 'The county council', 'Residents in {place}', 'Campaigners', 'Council officers', 'Traders in {place}',
  'Opposition councillors', 'The harbour authority', 'Parents in {place}', 'Engineers', 'The health trust', 'Volunteers',
  'Local businesses', 'A group of residents', 'The planning committee', 'Union representatives', '{Org}',
] as const;

const VERBS = [
  'promised on {day} to review', 'asked for more time to consider', 'voted to press ahead with',
  'raised fresh concerns about', 'published new figures on', 'called for an independent review of', 'welcomed the decision on',
  'began consulting on', 'warned of further delays to', 'set aside {money} for', 'questioned the cost of', 'agreed to look again at',
  'moved to approve', 'lodged an objection to', 'wrote to ministers about', 'launched a petition over',
  'will hold a drop-in session about', 'promised an update on', 'spent {money} last year on', 'asked to see the full accounts for',
] as const;

const TAILS = [
  'after months of talks', 'despite objections from neighbours', 'before the consultation closes in {month}',
  'at a cost of about {money}', 'following a petition signed by {big} people', 'once a survey of the site is complete',
  'although no date has been set', 'as the summer season begins', 'according to papers seen by Dateline',
  'ahead of a meeting on {day}', 'for the first time since {year}', 'in a report published this week',
  'amid growing frustration in {place}', 'with work due to start in {month}', 'while the money is still in place',
  'in a move that surprised many in {place}', 'after a long and sometimes bad-tempered meeting',
] as const;

const BACKGROUND = [
  'The idea was first raised in {year}, when {org} said it would cost {money}.',
  'Similar plans were shelved in {year} after a row over who would pay.',
  'Figures from {org} show that {pct} of households in {place} {fact}.',
  'It is the {ordinal} time in {n} years that the issue has come before councillors.',
  'The last review, in {year}, found that costs had almost doubled in a decade.',
  'About {big} people live within a mile of the site.',
  'A report to the council in {year} warned that doing nothing would cost more in the long run.',
  'The county has lost around {pct} of its funding from central government since {year}.',
  '{Org} has been asking for a decision since {year}.',
  'Much of the work dates from the 1960s and is near the end of its life.',
  'Work on the site was last carried out in {year}.', 'The building has stood empty since {year}.',
  'At the time, {org} said the problem would be fixed within {n} years.', 'Since then, costs have risen by about {pct}.',
  'The county’s population has grown by {pct} since {year}.', 'A similar scheme in {place2} was finished in {year}, two years late.',
  'Campaigners collected {big} signatures in {year}, but the plans went no further.', 'The question has come up at every election since {year}.',
] as const;

/** Reported speech: `<who> <said> (that) <what>`. */
const SPEAKERS = ['Council officers', 'A spokesperson for {org}', '{Org}', 'Opponents', 'Supporters of the scheme', 'Residents', 'The county council', 'Local councillors', 'Critics', 'People living nearby'] as const;
const SAID = ['said', 'told Dateline', 'argued', 'insisted', 'warned', 'admitted', 'told the meeting', 'said in a statement', 'maintained'] as const;
const CLAIMS = [
  'the work would take longer than planned', 'the money had already been spent', 'nobody had been properly consulted',
  'the full figures would be published in {month}', 'the plans were the best that could be afforded', 'a decision could not wait until next year',
  'the risks had been exaggerated', 'the costs had been underestimated from the start', 'they would keep pushing for a better deal',
  'lessons had been learned from {year}', 'more than {big} people would be affected', 'there was still time to change course',
  'the scheme would pay for itself within {n} years', 'any delay would put the funding at risk', 'the problem was getting worse every winter',
  'the council had done all it could', 'the details were still being worked out', 'the timetable was realistic',
] as const;

/** Desks whose stories are less about councils than about nature or the arts say what happens in their own words. */
const SUBJECTS_BY_DESK: Partial<Record<Desk, readonly string[]>> = {
  science: ['Researchers', 'A team from Merrow College', 'Volunteers', '{Org}', 'Scientists at the Merrow Marine Laboratory', 'Wardens at {place}', 'Birdwatchers in {place}', 'A group of students', 'Divers from {place}'],
  culture: ['The organisers', '{Org}', 'Volunteers', 'The company', 'Local artists', 'The museum’s curators', 'A group of friends from {place}', 'The festival committee', 'Schoolchildren in {place}'],
};
const VERBS_BY_DESK: Partial<Record<Desk, readonly string[]>> = {
  science: ['began a new survey of', 'published a paper on', 'set up sensors to study', 'asked the public to help record', 'warned about changes in', 'spent the summer monitoring', 'raised {money} to study', 'shared early results on', 'called for more money to study', 'compared old records of'],
  culture: ['announced a new programme for', 'raised {money} for', 'opened bookings for', 'marked the anniversary of', 'spent months preparing', 'asked for help with', 'won a grant for', 'put the finishing touches to', 'unveiled their plans for'],
};

const FACTS = [
  'rely on the bus to get to work', 'have waited more than a year for a repair', 'were affected by the floods of {year}',
  'spend more than a third of their income on rent', 'have no car', 'have someone over seventy living with them',
  'earn their living from the sea', 'say they feel safe walking home at night', 'use the library at least once a month',
] as const;

const NEXT_STEPS = [
  'A final decision is expected in {month}.', 'The plans will go before the planning committee on {day}.',
  'A public meeting will be held at the {place} community centre next week.', 'The consultation runs until the end of {month}.',
  '{Org} said it would publish its response in the new year.', 'Councillors will vote on the proposals at the next full council meeting.',
  'Work is due to begin in {month} and take about {n} months.', 'The county has promised to report back within {n} weeks.',
  'Anyone who wants to comment can write to the council before the end of {month}.',
] as const;

const SHORT_VERDICTS = [
  'a step in the right direction', 'too little, too late', 'a bad deal for {place}', 'long overdue', 'a sensible compromise',
  'the wrong answer to the right question', 'a kick in the teeth', 'exactly what we asked for', 'a start, and only a start',
  'gutsy', 'not good enough', 'a proper team performance', 'a shambles', 'better than expected',
] as const;

const QUOTES = [
  'We have been asking for this for years, and we are still waiting', 'Nobody here is against change, but it has to work for the people who live here',
  'The figures simply do not add up', 'It is a good day for {place}', 'We were told one thing in the spring and another in the autumn',
  'I have lived here all my life and I have never seen anything like it', 'Nobody from the council has knocked on a single door',
  'If we get this wrong, our children will be paying for it', 'We want to get on with it, but we want to get it right',
  'This is what happens when decisions are made forty miles away', 'There is no easy answer, and anyone who says there is is not being honest',
  'We are not asking for special treatment, just a fair hearing', 'The money is there; what has been missing is the will',
  'Who is going to pay for it?', 'It feels as if the decision was made before anyone asked us', 'We will keep going until someone listens',
  'This is a place that looks after its own', 'I am cautiously optimistic, and I do not say that often',
  'We have done everything we were asked to do', 'People are worried, and they have every right to be',
  'It is not perfect, but it is a great deal better than what we had', 'The sea does not wait for committee meetings',
  'Everyone agrees something must be done; nobody agrees on what', 'We owe it to the people who come after us',
] as const;

const DESK_QUOTES: Record<Desk, readonly string[]> = {
  news: ['The waiting list is longer than it has ever been', 'We have had three near misses on that corner this year', 'The staff are doing everything they can'],
  politics: ['The cabinet has lost the confidence of this chamber', 'We were elected to take difficult decisions, and this is one', 'I will not vote for a budget I do not believe in'],
  business: ['Our energy bill has tripled in two years', 'Customers are still coming, they are just spending less', 'We want to grow here, not somewhere else'],
  science: ['The data are unambiguous', 'We are seeing species turn up further north every year', 'Nature is remarkably resilient if you give it half a chance'],
  culture: ['Theatre should be for everyone, not just the people who can afford it', 'We wanted to tell a story that belongs to this coast', 'It has been a labour of love'],
  sport: [
    'They never stopped running, not for a second', 'We made hard work of it, but a win is a win', 'We were second best for an hour and we know it',
    'The conditions were brutal out there', 'I am proud of every one of them', 'We have to be better than that, and we will be',
    'That is the best we have played all season', 'We knew what was coming and we dealt with it', 'The young ones stepped up today',
    'It is a long season; we will not get carried away', 'We made it hard for ourselves in the first half', 'Days like this are why you do it',
  ],
  opinion: [],
};

const DESK_LINES: Record<Desk, readonly string[]> = {
  news: [
    'Residents say the problem has been getting worse since {year}.', 'The council said it had received {big} complaints in the past year.',
    'Emergency services were called to the area {n} times last winter.', 'A temporary fix was put in place in {year} but never replaced.',
    'Neighbours say they first reported the problem to the council in {year}.', 'The road was closed for {n} days while repairs were made.',
    'A letter to residents in {place} promised an update by the end of {month}.', 'Staff at {org} said they had been given little notice.',
    'The nearest alternative is in {place2}, a bus ride of about forty minutes.', 'An online meeting on {day} attracted more than {big} viewers.',
  ],
  politics: [
    'The motion was carried by {votes}, with {k} abstentions.', 'The cabinet meets again on {day} to consider the response.',
    'Opposition members walked out before the final vote.', 'The independent group said it would table an amendment at the next meeting.',
    'The report will be published in full before the budget meeting in {month}.', 'The debate lasted more than {n} hours.',
    'It is the largest rebellion the cabinet has faced since {year}.', 'Several members of the public were asked to leave the gallery.',
    'The leader of the council told the chamber the county had “no money left to move around”.', 'A call-in by opposition members means the decision cannot take effect for {n} days.',
  ],
  business: [
    '{Org} employs {big} people across the county, most of them in {place}.', 'Turnover rose by {pct} last year, the company’s accounts show.',
    'The firm was founded in {year} by two brothers who repaired fishing boats.', 'Energy costs now make up about {pct} of the company’s outgoings.',
    'Around {n} shops in {place} have closed in the past five years.', 'The company’s order book is full until {month} next year.',
    'Suppliers in {place2} say they have not been paid for {n} weeks.', 'Business rates in the county rose by {pct} this year.',
    'The site has been in the same family for {n} generations.', 'Staff were told of the plans at a meeting on {day} morning.',
  ],
  science: [
    'Readings taken at {place} over the past {n} years show a steady rise.', 'The team used sensors moored off {place} to record temperatures every hour.',
    'Volunteers have logged more than {big} sightings since {year}.', 'The study was funded by {org} and took {n} years to complete.',
    'Sea temperatures in the bay were {degrees} degrees above the long-term average.', 'The records go back to {year}, when a retired harbourmaster began keeping them.',
    'Samples were taken at {n} sites along the estuary every fortnight.', 'The results will be shared with schools across the county.',
    'The same pattern has been seen further along the coast at {place2}.', 'Wardens have fenced off part of the beach at {place} for the nesting season.',
    'The weather station at Kestle Point recorded gusts of more than seventy miles an hour.',
  ],
  culture: [
    'The production runs until the end of {month}, with tickets from £{price}.', 'The exhibition draws on {big} objects from the museum’s stores.',
    'Rehearsals took place in the church hall at {place} over {n} weeks.', 'The company was founded in {year} and has staged more than {n} productions.',
    'The first performance sold out within a day.', 'The cast of {n} includes several people who have never acted before.',
    'A display of photographs from {year} fills the foyer.', 'The set was built by volunteers in a boat shed at {place}.',
    'Admission is free for under-sixteens.', 'The programme moves to the Drill Hall in {month}.', 'Much of the music was written for the occasion.',
  ],
  sport: [
    '{player} was the pick of {club}, tireless from start to finish.', 'Training moves indoors at {place} for the winter.',
    'The club is looking for volunteers to help run its junior section.', '{player2} was making a first appearance of the season after injury.',
    '{Club} have struggled to find a settled side since the start of the year.', 'The club’s membership has grown by {pct} in two years.',
  ],
  opinion: [
    'I have lived in {place} for {n} years, and I have never seen the town so divided.', 'It is easy to blame the council. It is harder to say what we would do instead.',
    'The question is not whether we can afford {thing}, but whether we can afford to go without it.', 'Ask anyone who was here in {year}.',
    'We have been here before, and we know how it ends.', 'There is a version of this that works, and it is not the one on the table.',
    'My grandmother used to say that the sea always sends the bill. She was right.', 'None of this is new. What is new is how little time we have left.',
    'I do not doubt anyone’s good intentions. I doubt the sums.', 'Perhaps I am wrong. I would like to be.',
    'When I was growing up in {place}, nobody would have believed this.', 'I have read the report twice. It does not say what the council says it says.',
    'There are people in {place2} who have been making this argument for years. Nobody listened.', 'This is not a question of left or right. It is a question of arithmetic.',
    'I put this to a councillor last week. The answer was a long silence.', 'We are good at meetings in this county. We are less good at decisions.',
    'Ask the people who actually use it.', 'Nobody I spoke to in {place} thought the plan would work.',
  ],
};

const LEDES: Record<Desk, readonly string[]> = {
  news: [
    'Plans for {thing} have been thrown into doubt after {org} admitted it had underestimated the cost.',
    'Residents in {place} say they have waited long enough for a decision on {thing}.',
    '{Org} has confirmed that {thing} will go ahead, despite strong objections from people living nearby.',
    'A review of {thing} has found serious problems that were first raised more than a year ago.',
  ],
  politics: [
    'Councillors have voted to approve {thing} after a debate that ran late into the evening.',
    'The row over {thing} deepened on {day} when {person} accused the cabinet of ignoring its own advice.',
    'The county’s plans for {thing} will be put on hold until after the budget, the council has said.',
  ],
  business: [
    '{Org} has announced plans that it says will safeguard jobs in {place} for the next decade.',
    'Traders in {place} have warned that {thing} could be the final straw for small businesses already struggling with costs.',
    'One of the county’s oldest firms, {org}, has set out a plan to expand despite a difficult year.',
  ],
  science: [
    'New research suggests that {thing} is changing faster than scientists had expected.',
    'Volunteers in {place} have helped to build the most detailed picture yet of {thing}.',
    'A study by {org} has shed new light on {thing}, and on what it means for the coast.',
  ],
  culture: [
    '{Thing} is the most ambitious project {org} has attempted, and on the evidence of its first week, the gamble has paid off.',
    'For {n} years, {thing} has been one of the county’s best-kept secrets. That may be about to change.',
    'There is a moment, about an hour into {thing}, when the whole room seems to hold its breath.',
  ],
  sport: ['{Club} have named {person} as the person to take them into a new season.'],
  opinion: [
    'Every few years, Port Merrow has the same argument about {thing}, and every few years it ends the same way.',
    'I want to make a case that will not be popular in {place}: we have been thinking about {thing} all wrong.',
    'Last week I went to the public meeting about {thing}. I came away angrier than I went in.',
  ],
};

const HEADINGS: Record<Desk, readonly string[]> = {
  news: ['What happens next', 'The background', 'What residents say', 'How much will it cost?', 'Who decides?', 'A long-running dispute', 'The view from {place}', 'Why it matters', 'What the figures show', 'The council’s response'],
  politics: ['How the vote went', 'A question of money', 'Lessons from {year}', 'What the opposition says', 'Who decides?', 'What changes', 'The case for', 'The case against'],
  business: ['The numbers', 'What it means for jobs', 'A family business', 'The view from the high street', 'Rising costs', 'What happens next'],
  science: ['How the study worked', 'What it means for the coast', 'What scientists still do not know', 'A changing picture', 'How you can help'],
  culture: ['The verdict', 'Behind the scenes', 'If you go', 'A long time coming', 'What comes next'],
  sport: ['How the game unfolded', 'Turning point', 'What they said', 'Elsewhere', 'Next up'],
  opinion: ['The real problem', 'What we could do instead', 'A familiar story', 'Who pays?', 'Where we go from here'],
};

const LIST_INTROS = ['The main points:', 'What the report recommends:', 'What changes:', 'Key dates:'] as const;
const LIST_ITEMS = [
  'A decision on {thing} by the end of {month}.', 'An extra {money} for {thing2}.', 'A public meeting in {place} before any work begins.',
  'A review of costs every {n} months.', 'Free advice for residents in {place}.', 'A named officer for each street affected.',
  'Work to finish before the summer season.', 'Reports to councillors every quarter.', 'A new consultation on {thing2}.',
] as const;

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'] as const;

/** Newsroom beats of the demo bylines (by slug): a desk's stories are mostly written by its own reporters. */
const BEATS: Record<string, Desk> = {
  'ruth-abernathy': 'news', 'tobias-wren': 'news', 'priya-halden': 'news', 'ines-calloway': 'politics', 'owen-mcardle': 'business',
  'yusuf-amari': 'science', 'keziah-marsh': 'culture', 'bridget-lowe': 'sport', 'declan-fenn': 'opinion',
};

/** How much each desk publishes (the demo's section slugs); a section with another slug counts as a small news desk. */
const DESK_WEIGHTS: Record<Desk, number> = { news: 28, sport: 20, politics: 12, business: 12, culture: 12, opinion: 9, science: 7 };

// ─── Seeded randomness ───

/** FNV-1a over the parts: the seed of one story's generator, so story i does not depend on any other. */
function seedOf(...parts: (string | number)[]): number {
  const text = parts.join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small and fast, and plenty for prose. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed | 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** An index drawn in proportion to the weights whose running totals `cumulative` holds. */
  weighted(cumulative: readonly number[]): number {
    const x = this.next() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

const running = (weights: readonly number[]) => {
  let total = 0;
  return weights.map((w) => (total += w));
};

/** Zipf's law over the items in order: item k (0 first) is drawn in proportion to 1 / (k + q)^s, the long tail of real use. */
class Ranked<T> {
  private readonly cumulative: number[];
  constructor(
    readonly items: readonly T[],
    s = 1.05,
    q = 2,
  ) {
    this.cumulative = running(items.map((_, k) => 1 / Math.pow(k + q, s)));
  }
  draw(r: Random): T {
    return this.items[r.weighted(this.cumulative)]!;
  }
}

// ─── The county: people and organisations drawn once, the same on every run ───

type Person = { name: string; surname: string; desk: Desk; role: string };
type Org = { name: string; short: string; desk: Desk; sport?: string };

const slugs = new Map<string, string>();
/** The app's slug of a name, remembered: slugify costs tens of microseconds, and names recur in every story. */
const slugOf = (name: string) => {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, (slug = toSlug(name)));
  return slug;
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withPlace = (template: string, place: string) => template.replaceAll('{place}', place);

type County = {
  places: Ranked<string>;
  people: Record<Desk, Ranked<Person>>;
  orgs: Record<Desk, Ranked<Org>>;
  clubs: Map<string, Ranked<Org>>;
  topics: Record<Desk, Ranked<Topic>>;
  /** Topics any desk may touch on (a story's second subject, an opinion column's subject). */
  anyTopic: Ranked<Topic>;
  /** Every name the archive may tag a story with, by slug, in a fixed order (its position makes the tag's id). */
  tags: Map<string, { name: string; index: number }>;
};

const NON_SPORT_DESKS = ['news', 'politics', 'business', 'science', 'culture'] as const;
const ALL_DESKS: readonly Desk[] = [...NON_SPORT_DESKS, 'sport', 'opinion'];

function buildCounty(): County {
  const r = new Random(seedOf('merrow-county'));
  const places = new Ranked(PLACES, 0.95, 1.5);

  const people: Person[] = [];
  const seen = new Set<string>();
  const personDesks = running([30, 20, 15, 10, 12, 13]);
  const personDeskNames = [...NON_SPORT_DESKS, 'sport'] as const;
  while (people.length < 820) {
    const first = r.pick(FIRST_NAMES);
    const surname = r.pick(SURNAMES);
    const name = `${first} ${surname}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const desk = personDeskNames[r.weighted(personDesks)]!;
    people.push({ name, surname, desk, role: withPlace(r.pick(ROLES[desk]), places.draw(r)) });
  }

  // Organisations in order of prominence: the county's own, then each place's (the larger places first, with some
  // shuffling), then family firms, which are mostly written about once.
  const ranked: { org: Org; score: number }[] = COUNTY_ORGS.map((o, i) => ({ org: { ...o, short: o.short ?? o.name }, score: i * 0.5 }));
  PLACES.forEach((place, p) => {
    for (const kind of PLACE_ORGS) {
      if (!r.chance(0.5)) continue;
      ranked.push({ org: { name: `${place} ${kind.suffix}`, short: place, desk: kind.desk, sport: kind.sport }, score: 15 + p * 2 + r.next() * 60 });
    }
  });
  const firms = new Set<string>();
  while (firms.size < 110) firms.add(`${r.pick(SURNAMES)} ${r.pick(FIRMS)}`);
  for (const name of firms) ranked.push({ org: { name, short: name, desk: 'business' }, score: 40 + r.next() * 200 });
  const orgs = ranked.sort((a, b) => a.score - b.score).map((x) => x.org);

  const record = <T extends { desk: Desk }>(items: readonly T[], s: number, q: number) =>
    Object.fromEntries(
      ALL_DESKS.map((desk) => [desk, new Ranked(desk === 'opinion' ? items : items.filter((x) => x.desk === desk), s, q)]),
    ) as Record<Desk, Ranked<T>>;

  const clubs = new Map<string, Ranked<Org>>();
  for (const sport of SPORTS) clubs.set(sport.name, new Ranked(orgs.filter((o) => o.sport === sport.name), 0.9, 2));

  const topics = record(TOPICS, 0.9, 2);
  topics.opinion = new Ranked(TOPICS.filter((t) => t.desk !== 'sport'), 0.9, 3);

  const tags = new Map<string, { name: string; index: number }>();
  const names = [...TOPICS.map((t) => t.name), ...PLACES, ...orgs.map((o) => o.name), ...people.map((p) => p.name)];
  for (const name of names) {
    const slug = slugOf(name);
    if (!tags.has(slug)) tags.set(slug, { name, index: tags.size });
  }
  return { places, people: record(people, 1.0, 4), orgs: record(orgs, 1.0, 4), clubs, topics, anyTopic: topics.opinion, tags };
}

let county: County | undefined;
const theCounty = () => (county ??= buildCounty());

// ─── One story ───

const DAY_MS = 86_400_000;
const YEARS = 15;
const SPAN_DAYS = YEARS * 365;
const ID_PREFIX = 'arch_';
const TAG_ID_PREFIX = 'arch_tag_';

/** Story i's id: stable, so reruns recognise what they already added. */
export const archiveId = (index: number) => `${ID_PREFIX}${String(index).padStart(7, '0')}`;
const indexOfId = (id: string) => (/^arch_(\d{7})$/.test(id) ? Number(id.slice(ID_PREFIX.length)) : null);

/**
 * When story i appeared: how many days before the anchor day (at least one, so never on or after it) and at which
 * minute of the day (UTC). Newer years are denser, as a newsroom grows: the newest day is three times as likely as
 * the oldest. Drawn from a generator of its own, so later runs can find the anchor from any story already there.
 */
export function archiveWhen(index: number): { daysBack: number; minute: number } {
  const r = new Random(seedOf('archive-when', index));
  const u = r.next();
  // Density 1 + 2t over t in [0, 1] (oldest to newest): the inverse of its distribution function.
  const t = (-1 + Math.sqrt(1 + 8 * u)) / 2;
  const daysBack = 1 + Math.min(SPAN_DAYS - 1, Math.floor((1 - t) * SPAN_DAYS));
  // Most stories go out in the morning; a few late in the evening.
  const minute = 6 * 60 + Math.floor(Math.pow(r.next(), 1.4) * 16 * 12) * 5;
  return { daysBack, minute };
}

export type ArchiveSection = { id: string; slug: string };
export type ArchiveAuthor = { id: string; slug: string };

/** What a story is drawn from besides its number: the newsroom it joins and where the archive ends. */
export type ArchiveContext = {
  sections: readonly ArchiveSection[];
  authors: readonly ArchiveAuthor[];
  /** Pictures a story may lead with. */
  heroImageIds: readonly string[];
  /** Midnight (UTC) of the day after the archive's newest story. */
  anchorDay: number;
};

export type ArchiveStory = {
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  /** TipTap JSON, as the editor saves it. */
  body: string;
  /** What readers see of it, stored with it as every write of a body does (lib/articles/rendered.ts). */
  render: StoryRender;
  publishedAt: Date;
  updatedAt: Date | null;
  createdAt: Date;
  modifiedAt: Date;
  sectionId: string;
  heroImageId: string | null;
  authorIds: string[];
  /** Tags by slug (see archiveTag for their names). */
  tagSlugs: string[];
};

/** The desk a section belongs to: the demo's slugs, a few guesses from other names, news otherwise. */
function deskOf(slug: string): { desk: Desk; weight: number } {
  if (slug in DESK_WEIGHTS) return { desk: slug as Desk, weight: DESK_WEIGHTS[slug as Desk] };
  const guesses: [RegExp, Desk][] = [[/sport/, 'sport'], [/polit|council/, 'politics'], [/business|money|econom/, 'business'],
    [/science|environment|nature/, 'science'], [/cultur|arts|books|music/, 'culture'], [/opinion|comment|column/, 'opinion']];
  return { desk: guesses.find(([re]) => re.test(slug))?.[1] ?? 'news', weight: 4 };
}

const sectionWeights = new WeakMap<readonly ArchiveSection[], number[]>();
const sectionCumulative = (sections: readonly ArchiveSection[]) => {
  let cumulative = sectionWeights.get(sections);
  if (!cumulative) sectionWeights.set(sections, (cumulative = running(sections.map((s) => deskOf(s.slug).weight))));
  return cumulative;
};

/** A spread-out but repeatable slug suffix: the index times an odd constant, mod 2^32 (one suffix per index). */
const slugSuffix = (index: number) => (Math.imul(index + 1, 0x9e3779b1) >>> 0).toString(36);

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** House style: numbers below ten in words. */
const spelled = (n: number) => WORDS[n] ?? String(n);

function money(r: Random): string {
  if (r.chance(0.45)) return `£${thousands(r.int(15, 990) * 1000)}`;
  const m = r.int(5, 480) / 10;
  return `£${m >= 10 ? Math.round(m) : m}m`;
}

type Run = { text: string; marks?: BodyNode['marks'] };

const countWords = (text: string) => {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
};

type Slot = { key: string; upper: boolean };
const templates = new Map<string, (string | Slot)[]>();
/** A template split once into text and slots ("{Org} warns …" → ['', {org, upper}, ' warns …']), as filling is the hot path. */
function compiled(template: string): (string | Slot)[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/).map((part, i) =>
      i % 2 === 0 ? part : { key: part.charAt(0).toLowerCase() + part.slice(1), upper: part.charAt(0) !== part.charAt(0).toLowerCase() },
    );
    templates.set(template, parts);
  }
  return parts;
}

/** Fills a story's templates: `{place}`, `{Thing}` (capitalised) …; numbers are drawn afresh at every use. */
class Writer {
  private readonly mentioned = new Set<Person>();
  private readonly used = new Set<string>();
  readonly slots: Record<string, () => string>;

  constructor(
    private readonly r: Random,
    private readonly story: Cast,
  ) {
    const s = story;
    const pastYear = () => String(s.year - r.int(1, 25));
    this.slots = {
      place: () => s.place, place2: () => s.place2, org: () => s.org.name, person: () => s.person.name,
      thing: () => s.thing, thing2: () => s.thing2, club: () => s.club?.short ?? s.place, club2: () => s.club2?.short ?? s.place2,
      score: () => s.score[0], draw: () => s.score[1], win: () => s.score[2],
      jobs: () => String(r.int(8, 420)), years: () => String(r.int(10, 150)), count: () => spelled(r.int(3, 9)), event: () => s.event, player: () => s.players[0], player2: () => s.players[1],
      money: () => money(r), n: () => spelled(r.int(3, 24)), k: () => spelled(r.int(2, 6)), big: () => thousands(r.int(12, 980) * 10),
      pct: () => `${r.int(3, 45)}%`, day: () => r.pick(DAYS), month: () => r.pick(MONTHS), year: pastYear,
      ordinal: () => r.pick(ORDINALS), votes: () => { const a = r.int(18, 40); return `${a} to ${r.int(6, a - 2)}`; },
      minute: () => String(r.int(3, 88)), runs: () => String(r.int(31, 140)), balls: () => String(r.int(40, 130)),
      wickets: () => String(r.int(3, 7)), runs2: () => String(r.int(14, 60)), crowd: () => thousands(r.int(30, 650) * 10),
      price: () => String(r.int(6, 28)), degrees: () => (r.int(2, 19) / 10).toFixed(1),
      fact: () => this.fill(r.pick(FACTS)), short: () => this.fill(r.pick(SHORT_VERDICTS)),
    };
  }

  fill(template: string): string {
    const parts = compiled(template);
    let out = parts[0] as string;
    for (let i = 1; i < parts.length; i += 2) {
      const { key, upper } = parts[i] as Slot;
      const slot = this.slots[key];
      if (!slot) throw new Error(`Unknown slot {${key}} in "${template}"`);
      out += (upper ? capitalise(slot()) : slot()) + (parts[i + 1] as string);
    }
    return out;
  }

  /** A template from the pool that this story has not used yet, filled; null when it has used them all. */
  tryFresh(pool: readonly string[]): string | null {
    const start = Math.floor(this.r.next() * pool.length);
    for (let i = 0; i < pool.length; i++) {
      const template = pool[(start + i) % pool.length]!;
      if (this.used.has(template)) continue;
      this.used.add(template);
      return this.fill(template);
    }
    return null;
  }

  /** As tryFresh, but a used template rather than none. */
  fresh(pool: readonly string[]): string {
    return this.tryFresh(pool) ?? this.fill(this.r.pick(pool));
  }

  /** A quotation not used yet, attributed in full the first time a person speaks and by surname after that. */
  quote(pool: readonly string[]): string | null {
    const p = this.r.chance(0.65) ? this.story.person : this.story.person2;
    const q = this.tryFresh(pool);
    if (q === null) return null;
    const ended = /[?!]$/.test(q);
    const first = !this.mentioned.has(p);
    this.mentioned.add(p);
    const role = this.story.roleOf(p);
    if (first) return this.r.chance(0.5) ? `“${q}${ended ? '' : ','}” said ${p.name}, ${role}.` : `${p.name}, ${role}, said: “${q}${ended ? '' : '.'}”`;
    return this.r.chance(0.5) ? `“${q}${ended ? '' : ','}” ${p.surname} said.` : `${p.surname} added: “${q}${ended ? '' : '.'}”`;
  }

  /** The person's name and role for a pull quote's citation. */
  cite(p: Person): string {
    this.mentioned.add(p);
    return `${p.name}, ${this.story.roleOf(p)}`;
  }
}

/** Who and what a story is about. */
type Cast = {
  desk: Desk;
  year: number;
  topic: Topic;
  topic2: Topic;
  thing: string;
  thing2: string;
  place: string;
  place2: string;
  org: Org;
  person: Person;
  person2: Person;
  sport?: Sport;
  club?: Org;
  club2?: Org;
  score: Score;
  event: string;
  players: [string, string];
  roleOf: (p: Person) => string;
};

function castStory(r: Random, desk: Desk, year: number): Cast {
  const c = theCounty();
  const place = c.places.draw(r);
  // The second place of a story is any place at all as often as a well-known one.
  let place2 = r.chance(0.5) ? r.pick(PLACES) : c.places.draw(r);
  if (place2 === place) place2 = r.pick(PLACES);
  const topic = c.topics[desk].draw(r);
  let topic2 = c.anyTopic.draw(r);
  if (topic2 === topic) topic2 = c.anyTopic.draw(r);
  const things = topic.things.length > 1 ? r.shuffle([...topic.things]) : [topic.things[0]!, r.pick(topic2.things)];
  const person = c.people[desk].draw(r);
  let person2 = c.people[desk === 'sport' ? 'sport' : r.pick(NON_SPORT_DESKS)].draw(r);
  if (person2 === person) person2 = c.people.news.draw(r);
  const players: [string, string] = [`${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`, `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`];

  let sport: Sport | undefined;
  let club: Org | undefined;
  let club2: Org | undefined;
  let org = c.orgs[desk].draw(r);
  if (desk === 'sport') {
    sport = SPORTS.find((s) => s.name === topic.name) ?? SPORTS[0]!;
    const clubs = c.clubs.get(sport.name)!;
    club = clubs.draw(r);
    for (let tries = 0; tries < 5 && (!club2 || club2 === club); tries++) club2 = clubs.items[r.int(0, clubs.items.length - 1)];
    org = club;
  }
  const score: Score = sport ? sport.score(r) : ['', '', ''];
  // Events come round every year: "the 2019 Merrow regatta".
  const eventName = withPlace(sport ? r.pick(sport.events) : 'the county show', club?.short === club?.name ? place : (club?.short ?? place));
  const event = eventName.startsWith('the ') ? `the ${year} ${eventName.slice(4)}` : eventName;
  // In a sports report, the people quoted speak for the clubs that played.
  const sportRoles = ['head coach of {club}', 'captain of {club}', 'chair of {club}', 'a coach at {club}'];
  const roles = new Map<Person, string>();
  const roleOf = (p: Person) => {
    if (desk !== 'sport' || p.desk !== 'sport') return p.role;
    let role = roles.get(p);
    if (!role) roles.set(p, (role = r.pick(sportRoles).replace('{club}', (p === person ? club : club2)?.name ?? place)));
    return role;
  };
  return {
    desk, year, topic, topic2, place, place2, org, person, person2, sport, club, club2, score, event, players, roleOf,
    thing: withPlace(things[0]!, place), thing2: withPlace(things[1] ?? r.pick(topic2.things), place2),
  };
}

const TAG_COUNTS = running([10, 20, 30, 22, 12, 6]); // 0–5 tags a story
const BYLINE_COUNTS = running([80, 16, 4]); // 1–3 authors

/** Story number `index` of the archive: the same text, people and dates on every run. */
export function archiveStory(index: number, ctx: ArchiveContext): ArchiveStory {
  const r = new Random(seedOf('archive-story', index));
  const when = archiveWhen(index);
  const publishedAt = new Date(ctx.anchorDay - when.daysBack * DAY_MS + when.minute * 60_000);
  const section = ctx.sections[r.weighted(sectionCumulative(ctx.sections))]!;
  const desk = deskOf(section.slug).desk;
  const cast = castStory(r, desk, publishedAt.getUTCFullYear());
  const w = new Writer(r, cast);
  const sport = cast.sport;

  const headlinePool = sport
    ? [...(sport.match ? SPORT_TEXT.matchHeadlines : SPORT_TEXT.raceHeadlines), ...(sport.draws ? SPORT_TEXT.drawHeadlines : []), ...(r.chance(0.1) ? HEADLINES.sport : [])]
    : HEADLINES[desk];
  const headline = capitalise(w.fresh(headlinePool));
  const standfirst = w.fresh(sport ? [...(sport.match ? SPORT_TEXT.matchStandfirsts : SPORT_TEXT.raceStandfirsts), ...STANDFIRSTS.sport] : STANDFIRSTS[desk]);
  const tagSlugs = chooseTags(r, cast);
  const document = writeBody(r, w, cast, tagSlugs);
  const body = JSON.stringify(document);

  const createdAt = new Date(publishedAt.getTime() - (15 + Math.floor(Math.pow(r.next(), 2) * 47 * 60)) * 60_000);
  let updatedAt: Date | null = null;
  if (r.chance(0.05)) {
    const later = Math.min(publishedAt.getTime() + r.int(30, 36 * 60) * 60_000, ctx.anchorDay - 60_000);
    if (later > publishedAt.getTime()) updatedAt = new Date(later);
  }
  const heroImageId = ctx.heroImageIds.length > 0 && r.chance(0.3) ? r.pick(ctx.heroImageIds) : null;
  const suffix = slugSuffix(index);
  return {
    id: archiveId(index),
    slug: `${toSlug(headline, 80 - suffix.length - 1)}-${suffix}`,
    headline,
    standfirst,
    body,
    render: renderStory(document),
    publishedAt,
    updatedAt,
    createdAt,
    modifiedAt: updatedAt ?? publishedAt,
    sectionId: section.id,
    heroImageId,
    authorIds: chooseBylines(r, desk, ctx.authors),
    tagSlugs,
  };
}

/** 0–5 tags: usually the story's topic first, then some of its places, organisations and people. */
function chooseTags(r: Random, cast: Cast): string[] {
  const count = r.weighted(TAG_COUNTS);
  if (count === 0) return [];
  const rest = cast.sport
    ? [cast.club!.name, cast.club2?.name ?? cast.place2, cast.place, cast.person.name]
    : [cast.place, cast.org.name, cast.person.name, cast.topic2.name, cast.place2];
  const names = [cast.topic.name, ...r.shuffle(rest)];
  if (r.chance(0.15)) names.unshift(cast.topic2.name);
  const chosen: string[] = [];
  for (const name of names) {
    const slug = slugOf(name);
    if (!chosen.includes(slug)) chosen.push(slug);
    if (chosen.length === count) break;
  }
  return chosen;
}

function chooseBylines(r: Random, desk: Desk, authors: readonly ArchiveAuthor[]): string[] {
  if (authors.length === 0) return [];
  const count = Math.min(authors.length, desk === 'opinion' ? 1 : 1 + r.weighted(BYLINE_COUNTS));
  const beat = authors.filter((a) => BEATS[a.slug] === desk);
  const chosen: string[] = [];
  chosen.push((beat.length > 0 && r.chance(0.75) ? r.pick(beat) : r.pick(authors)).id);
  while (chosen.length < count) {
    const other = r.pick(authors).id;
    if (!chosen.includes(other)) chosen.push(other);
  }
  return chosen;
}

/** The name the archive gives a tag slug it uses. */
export function archiveTag(slug: string): { id: string; name: string } {
  const tag = theCounty().tags.get(slug);
  if (!tag) throw new Error(`The archive has no tag "${slug}"`);
  return { id: `${TAG_ID_PREFIX}${String(tag.index).padStart(4, '0')}`, name: tag.name };
}

const text = (runs: Run[]): BodyNode[] => runs.map((run) => ({ type: 'text', text: run.text, ...(run.marks ? { marks: run.marks } : {}) }));
const paragraph = (runs: Run[]): BodyNode => ({ type: 'paragraph', content: text(runs) });

/** A body of 300–1,200 words: a lede, paragraphs under an occasional heading, now and then a list or a pull quote. */
function writeBody(r: Random, w: Writer, cast: Cast, tagSlugs: string[]): BodyDocument {
  const desk = cast.desk;
  const sport = cast.sport;
  // Sports reports run short, columns long.
  const [least, spread] = sport ? [320, 300] : desk === 'opinion' ? [460, 600] : [330, 740];
  const target = least + Math.floor(Math.pow(r.next(), 1.6) * spread);
  const content: BodyNode[] = [];
  let words = 0;

  const lines = sport ? [...(sport.match ? SPORT_TEXT.matchLines : SPORT_TEXT.raceLines), ...sport.lines, ...DESK_LINES.sport] : DESK_LINES[desk];
  const quotes = sport ? DESK_QUOTES.sport : [...QUOTES, ...DESK_QUOTES[desk]];
  const subjects = SUBJECTS_BY_DESK[desk] ?? SUBJECTS;
  const verbs = VERBS_BY_DESK[desk] ?? VERBS;
  // The patterns below combine freely, so they stand in whenever a story has used up its fixed sentences.
  const statement = () => `${w.fill(r.pick(subjects))} ${w.fill(r.pick(verbs))} ${r.chance(0.7) ? cast.thing : cast.thing2} ${w.fill(r.pick(TAILS))}.`;
  const claim = () => `${w.fill(r.pick(SPEAKERS))} ${r.pick(SAID)}${r.chance(0.5) ? ' that' : ''} ${w.fill(r.pick(CLAIMS))}.`;
  // A report ends when it has said everything once, as long as it has reached the shortest length.
  const sentence = (): string | null => {
    const roll = r.next();
    if (sport) return (roll < 0.75 ? w.tryFresh(lines) : w.quote(quotes)) ?? w.tryFresh(lines) ?? (words < least ? w.fresh(lines) : null);
    if (desk === 'opinion') {
      return (roll < 0.45 ? w.tryFresh(lines) : roll < 0.6 ? statement() : roll < 0.75 ? claim() : roll < 0.9 ? w.tryFresh(BACKGROUND) : w.quote(quotes)) ?? claim();
    }
    const fixed = roll < 0.22 ? statement() : roll < 0.34 ? claim() : roll < 0.54 ? w.quote(quotes) : roll < 0.7 ? w.tryFresh(BACKGROUND) : roll < 0.95 ? w.tryFresh(lines) : w.tryFresh(NEXT_STEPS);
    return fixed ?? (r.chance(0.5) ? statement() : claim());
  };

  const push = (node: BodyNode, runs: Run[]) => {
    content.push(node);
    for (const run of runs) words += countWords(run.text);
  };
  let exhausted = false;
  let links = 0;
  const addParagraph = (first: string | null, count: number) => {
    const sentences: string[] = [];
    for (let next = first; next !== null && sentences.length < count; next = sentence()) sentences.push(next);
    if (sentences.length === 0) {
      exhausted = true;
      return;
    }
    const runs: Run[] = [{ text: sentences.join(' ') }];
    if (r.chance(0.08) && sentences.length > 1) {
      // A key sentence in bold.
      const last = sentences.pop()!;
      runs[0] = { text: `${sentences.join(' ')} ` };
      runs.push({ text: last, marks: [{ type: 'bold' }] });
    }
    if (links < 2 && r.chance(0.14)) {
      runs.push(...linkSentence(r, w, cast, links === 0 ? tagSlugs : []));
      links++;
    }
    push(paragraph(runs), runs);
  };

  const ledes = sport ? (sport.match ? SPORT_TEXT.matchLedes : SPORT_TEXT.raceLedes) : LEDES[desk];
  addParagraph(w.fresh(ledes), r.int(1, 3));
  let sinceHeading = 1;
  while (words < target && !exhausted) {
    if (sinceHeading >= 3 && target - words > 120 && r.chance(0.3)) {
      const heading = w.tryFresh(HEADINGS[desk]);
      if (heading === null) {
        sinceHeading = -99;
        continue;
      }
      push({ type: 'heading', attrs: { level: 2 }, content: text([{ text: heading }]) }, [{ text: heading }]);
      sinceHeading = 0;
      continue;
    }
    const roll = r.next();
    if (roll < 0.05 && !sport && desk !== 'opinion') {
      const intro = r.pick(LIST_INTROS);
      const items = r.shuffle([...LIST_ITEMS]).slice(0, r.int(3, 4)).map((item) => w.fill(item));
      push(paragraph([{ text: intro }]), [{ text: intro }]);
      const runs = items.map((item) => ({ text: item }));
      push({ type: 'bulletList', content: runs.map((run) => ({ type: 'listItem', content: [paragraph([run])] })) }, runs);
    } else if (roll < 0.09 && desk !== 'opinion' && w.tryFresh(quotes) !== null) {
      // (tryFresh above reserved a quotation; this is another, so the pull quote never repeats the text.)
      const said = w.tryFresh(quotes);
      if (said !== null) {
        const speaker = r.chance(0.6) ? cast.person : cast.person2;
        const runs = [{ text: /[?!]$/.test(said) ? said : `${said}.` }, { text: `— ${w.cite(speaker)}` }];
        push({ type: 'blockquote', content: runs.map((run) => paragraph([run])) }, runs);
      }
    } else {
      addParagraph(sentence(), r.int(2, 4));
    }
    sinceHeading++;
  }
  addParagraph(sport ? w.tryFresh(lines) : w.fresh(NEXT_STEPS), r.int(1, 2));
  return { type: 'doc', content };
}

/** A sentence with a link: to the story's tag page on this site, or to an organisation's (fictional) website. */
function linkSentence(r: Random, w: Writer, cast: Cast, tagSlugs: string[]): Run[] {
  const link = (label: string, href: string): Run => ({ text: label, marks: [{ type: 'link', attrs: { href } }] });
  const site = `https://${slugOf(cast.org.name)}.example`;
  const tag = tagSlugs.length > 0 ? r.pick(tagSlugs) : undefined;
  const roll = r.next();
  if (tag && roll < 0.5) {
    const name = archiveTag(tag).name;
    const label = TOPICS.some((t) => t.name === name) ? name.toLowerCase() : name;
    return [{ text: ' Read more of our coverage of ' }, link(label, `/tag/${tag}`), { text: '.' }];
  }
  if (roll < 0.75) return [{ text: ' The ' }, link('full report', `${site}/reports/${cast.year}`), { text: ` is published on the ${cast.org.name} website.` }];
  return [{ text: ` ${w.fill('{Org}')} has put ` }, link('the consultation documents', `${site}/consultations`), { text: ' online.' }];
}

// ─── Writing to the database ───

/** Raised when the archive cannot be added (no demo newsroom, no database): the CLI prints it and exits 1. */
export class ArchiveSeedError extends Error {
  override name = 'ArchiveSeedError';
}

const NO_NEWSROOM = 'The database has no sections. The archive joins the demo newsroom: run `npm run db:seed` first.';
const NOT_MIGRATED = 'The database has no Dateline tables. Run `npm run db:migrate && npm run db:seed` first.';

type Newsroom = { sections: ArchiveSection[]; authors: ArchiveAuthor[]; heroImageIds: string[]; tagIds: Map<string, string> };
type TagRow = { id: string; slug: string; name: string };

/** What the two engines do differently; everything else (what to add, in which batches) is shared. */
interface ArchiveStore {
  newsroom(): Promise<Newsroom>;
  /** Ids of archive stories 0 … n-1 already there. */
  existing(n: number): Promise<Set<string>>;
  /** The publication time of one archive story already there (any, when `id` is not given), to find the anchor. */
  anyArchived(id?: string): Promise<{ id: string; publishedAt: Date } | null>;
  /** The first publication time of the newsroom's own stories. */
  newsroomStart(): Promise<Date | null>;
  /**
   * Adds stories, and the tags they need that do not exist yet, in one transaction; fills `tagIds` with the new ids.
   * Calls `meanwhile` once, while the database indexes the batch if it can work on its own (PostgreSQL).
   */
  write(stories: ArchiveStory[], newTags: TagRow[], tagIds: Map<string, string>, meanwhile: () => void): Promise<void>;
  analyze(): Promise<void>;
  close(): Promise<void>;
}

const isoSqlite = (d: Date) => d.toISOString().replace('Z', '+00:00');
/** PostgreSQL's `timestamp(3)` columns hold UTC without a zone, as Prisma writes them. */
const isoPostgres = (d: Date) => d.toISOString().slice(0, 23).replace('T', ' ');

/** Rows as multi-row INSERTs of up to 100 rows each, one prepared statement per row count. */
function sqliteInserter(db: Database.Database, head: string, columns: number) {
  const statements = new Map<number, Database.Statement>();
  const row = `(${Array(columns).fill('?').join(', ')})`;
  return (rows: unknown[][]) => {
    for (let i = 0; i < rows.length; i += 100) {
      const chunk = rows.slice(i, i + 100);
      let statement = statements.get(chunk.length);
      if (!statement) statements.set(chunk.length, (statement = db.prepare(`${head} ${Array(chunk.length).fill(row).join(', ')}`)));
      statement.run(chunk.flat());
    }
  };
}

/**
 * The SQLite search triggers that fire when a story, its tags or its bylines are inserted, all of which rewrite the
 * story's article_search_doc row (a link's update trigger too: the listing migration's trigger stamps each new link).
 */
const SQLITE_SEARCH_TRIGGERS = [
  'article_search_article_ai',
  'article_search_tag_link_ai',
  'article_search_tag_link_au',
  'article_search_author_link_ai',
  'article_search_author_link_au',
] as const;

function sqliteStore(file: string): ArchiveStore {
  let db: Database.Database;
  try {
    // The app's own busy timeout is 5 s; a batch holds the write lock well under that.
    db = new Database(file, { fileMustExist: true, timeout: 60_000 });
  } catch {
    throw new ArchiveSeedError(`There is no database at ${file}. Run \`npm run db:migrate && npm run db:seed\` first.`);
  }
  const archived = `"id" >= '${ID_PREFIX}' AND "id" < 'arch\`'`; // the ids' range in SQLite's byte order
  const searchTriggers = db.prepare(
    `SELECT "name", "sql" FROM "sqlite_schema" WHERE "type" = 'trigger' AND "name" IN (${SQLITE_SEARCH_TRIGGERS.map((n) => `'${n}'`).join(', ')})`,
  );
  const indexBatch = db.prepare(
    `INSERT INTO "article_search_doc" ("id", "article_id", "headline", "standfirst", "tags", "authors", "body")
     SELECT "key", "article_id", "headline", "standfirst", "tags", "authors", "body" FROM "article_search_live"
     WHERE "article_id" IN (SELECT "value" FROM json_each(?)) ORDER BY "article_id"
     ON CONFLICT ("article_id") DO UPDATE SET "id" = excluded."id", "headline" = excluded."headline",
       "standfirst" = excluded."standfirst", "tags" = excluded."tags", "authors" = excluded."authors", "body" = excluded."body"`,
  );
  const insertTag = sqliteInserter(db, 'INSERT OR IGNORE INTO "Tag" ("id", "slug", "name", "createdAt", "modifiedAt") VALUES', 5);
  const insertByline = sqliteInserter(db, 'INSERT INTO "ArticleAuthor" ("articleId", "authorId", "position") VALUES', 3);
  const insertTagging = sqliteInserter(db, 'INSERT INTO "ArticleTag" ("articleId", "tagId") VALUES', 2);
  const insertArticle = sqliteInserter(
    db,
    'INSERT INTO "Article" ("id", "slug", "headline", "standfirst", "body", "excerpt", "bodyHtml", "readingMinutes", "renderVersion", "status", "publishedAt", "updatedAt", "createdAt", "modifiedAt", "sectionId", "heroImageId") VALUES',
    16,
  );
  const tagsBySlug = db.prepare('SELECT "id", "slug" FROM "Tag" WHERE "slug" IN (SELECT "value" FROM json_each(?))');

  const write = db.transaction((stories: ArchiveStory[], newTags: TagRow[], tagIds: Map<string, string>) => {
    // Dropped for this transaction only (see the top of the file); a failure rolls the drop back with the rest.
    const dropped = searchTriggers.all() as { name: string; sql: string }[];
    for (const trigger of dropped) db.exec(`DROP TRIGGER "${trigger.name}"`);
    if (newTags.length > 0) {
      const now = isoSqlite(new Date());
      insertTag(newTags.map((t) => [t.id, t.slug, t.name, now, now]));
      for (const row of tagsBySlug.all(JSON.stringify(newTags.map((t) => t.slug))) as { id: string; slug: string }[]) tagIds.set(row.slug, row.id);
    }
    insertArticle(
      stories.map((s) => [
        s.id, s.slug, s.headline, s.standfirst, s.body, s.render.excerpt, s.render.bodyHtml, s.render.readingMinutes, s.render.renderVersion, 'published', isoSqlite(s.publishedAt), s.updatedAt && isoSqlite(s.updatedAt),
        isoSqlite(s.createdAt), isoSqlite(s.modifiedAt), s.sectionId, s.heroImageId,
      ]),
    );
    insertByline(stories.flatMap((s) => s.authorIds.map((authorId, position) => [s.id, authorId, position])));
    insertTagging(stories.flatMap((s) => s.tagSlugs.map((slug) => [s.id, tagIds.get(slug)])));
    if (dropped.length > 0) indexBatch.run(JSON.stringify(stories.map((s) => s.id)));
    for (const trigger of dropped) db.exec(trigger.sql);
  });

  const parseRow = (row: { id: string; publishedAt: string } | undefined) => (row ? { id: row.id, publishedAt: new Date(row.publishedAt) } : null);
  return {
    async newsroom() {
      try {
        return {
          sections: db.prepare('SELECT "id", "slug" FROM "Section" ORDER BY "position", "slug"').all() as ArchiveSection[],
          authors: db.prepare('SELECT "id", "slug" FROM "Author" ORDER BY "slug"').all() as ArchiveAuthor[],
          heroImageIds: (db.prepare('SELECT "id" FROM "Image" WHERE "width" > "height" ORDER BY "path"').all() as { id: string }[]).map((r) => r.id),
          tagIds: new Map((db.prepare('SELECT "id", "slug" FROM "Tag"').all() as { id: string; slug: string }[]).map((r) => [r.slug, r.id])),
        };
      } catch (error) {
        if (error instanceof Error && /no such table/.test(error.message)) throw new ArchiveSeedError(NOT_MIGRATED);
        throw error;
      }
    },
    async existing(n) {
      const rows = db.prepare(`SELECT "id" FROM "Article" WHERE ${archived}`).pluck().all() as string[];
      return new Set(rows.filter((id) => (indexOfId(id) ?? n) < n));
    },
    async anyArchived(id) {
      const sql = `SELECT "id", "publishedAt" FROM "Article" WHERE ${id ? '"id" = ?' : archived} AND "publishedAt" IS NOT NULL LIMIT 1`;
      return parseRow(db.prepare(sql).get(...(id ? [id] : [])) as { id: string; publishedAt: string } | undefined);
    },
    async newsroomStart() {
      const value = db
        .prepare(`SELECT MIN("publishedAt") FROM "Article" WHERE "publishedAt" IS NOT NULL AND "status" IN ('published', 'scheduled') AND NOT (${archived})`)
        .pluck()
        .get() as string | null;
      return value ? new Date(value) : null;
    },
    async write(stories, newTags, tagIds, meanwhile) {
      write.immediate(stories, newTags, tagIds);
      meanwhile();
    },
    async analyze() {
      db.exec('ANALYZE');
    },
    async close() {
      db.close();
    },
  };
}

/** The per-row search triggers of the PostgreSQL search migration, which the bulk load replaces by one refresh. */
const SEARCH_TRIGGERS = [
  ['Article', 'article_search_article'],
  ['ArticleTag', 'article_search_tag_link'],
  ['ArticleAuthor', 'article_search_author_link'],
] as const;

function postgresStore(url: string): ArchiveStore {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect().catch((error: Error) => {
    throw new ArchiveSeedError(`Cannot connect to PostgreSQL: ${error.message}`);
  });
  const query = async <R extends pg.QueryResultRow>(sql: string, values?: unknown[]) => {
    await connected;
    return client.query<R>(sql, values);
  };
  // Whether the bulk load may switch the search triggers off: only when they and the refresh function are the
  // ones this file knows, and the connection may alter the tables (it owns them). Otherwise the triggers run.
  let bulkIndex: Promise<boolean> | undefined;
  const canBulkIndex = () =>
    (bulkIndex ??= (async () => {
      const { rows } = await query<{ n: number; refresh: boolean; owner: boolean }>(
        `SELECT count(*)::int AS n, to_regprocedure('article_search_refresh(text[])') IS NOT NULL AS refresh,
                bool_and(pg_has_role(c.relowner, 'USAGE')) AS owner
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE NOT t.tgisinternal AND (c.relname, t.tgname) IN (${SEARCH_TRIGGERS.map(([table, name]) => `('${table}', '${name}')`).join(', ')})`,
      );
      const row = rows[0];
      return row?.n === SEARCH_TRIGGERS.length && row.refresh && row.owner === true;
    })());
  const toggleTriggers = (on: boolean) =>
    SEARCH_TRIGGERS.map(([table, name]) => `ALTER TABLE "${table}" ${on ? 'ENABLE' : 'DISABLE'} TRIGGER "${name}"`).join('; ');
  const parseRow = (row: { id: string; ms: string } | undefined) => (row ? { id: row.id, publishedAt: new Date(Number(row.ms)) } : null);
  // extract(epoch) of a timestamp without time zone reads it as UTC, as Prisma writes it.
  const epochMs = `(extract(epoch FROM "publishedAt") * 1000)::bigint AS ms`;

  return {
    async newsroom() {
      try {
        const [sections, authors, images, tags] = [
          await query<ArchiveSection>('SELECT "id", "slug" FROM "Section" ORDER BY "position", "slug" COLLATE "C"'),
          await query<ArchiveAuthor>('SELECT "id", "slug" FROM "Author" ORDER BY "slug" COLLATE "C"'),
          await query<{ id: string }>('SELECT "id" FROM "Image" WHERE "width" > "height" ORDER BY "path" COLLATE "C"'),
          await query<{ id: string; slug: string }>('SELECT "id", "slug" FROM "Tag"'),
        ];
        return {
          sections: sections.rows,
          authors: authors.rows,
          heroImageIds: images.rows.map((r) => r.id),
          tagIds: new Map(tags.rows.map((r) => [r.slug, r.id])),
        };
      } catch (error) {
        if ((error as { code?: string }).code === '42P01') throw new ArchiveSeedError(NOT_MIGRATED);
        throw error;
      }
    },
    async existing(n) {
      // Looked up by primary key, a slice at a time (a LIKE 'arch\_%' would read every row under most collations).
      const found = new Set<string>();
      for (let from = 0; from < n; from += 100_000) {
        const ids = Array.from({ length: Math.min(100_000, n - from) }, (_, i) => archiveId(from + i));
        const { rows } = await query<{ id: string }>('SELECT "id" FROM "Article" WHERE "id" = ANY($1::text[])', [ids]);
        for (const row of rows) found.add(row.id);
      }
      return found;
    },
    async anyArchived(id) {
      const { rows } = id
        ? await query<{ id: string; ms: string }>(`SELECT "id", ${epochMs} FROM "Article" WHERE "id" = $1 AND "publishedAt" IS NOT NULL`, [id])
        : await query<{ id: string; ms: string }>(`SELECT "id", ${epochMs} FROM "Article" WHERE "id" LIKE 'arch\\_%' AND "publishedAt" IS NOT NULL LIMIT 1`);
      return parseRow(rows[0]);
    },
    async newsroomStart() {
      const { rows } = await query<{ ms: string | null }>(
        `SELECT (extract(epoch FROM MIN("publishedAt")) * 1000)::bigint AS ms FROM "Article"
         WHERE "publishedAt" IS NOT NULL AND "status" IN ('published', 'scheduled') AND "id" NOT LIKE 'arch\\_%'`,
      );
      return rows[0]?.ms ? new Date(Number(rows[0].ms)) : null;
    },
    async write(stories, newTags, tagIds, meanwhile) {
      const bulk = await canBulkIndex();
      await query('BEGIN');
      try {
        // Off for this transaction only: the catalogue change commits with the triggers back on, so no other
        // session ever writes without them (their writes to these tables wait for this batch instead).
        if (bulk) await query(toggleTriggers(false));
        if (newTags.length > 0) {
          const now = isoPostgres(new Date());
          await query(
            `INSERT INTO "Tag" ("id", "slug", "name", "createdAt", "modifiedAt")
             SELECT t.id, t.slug, t.name, $4::timestamp(3), $4::timestamp(3) FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, slug, name)
             ON CONFLICT DO NOTHING`,
            [newTags.map((t) => t.id), newTags.map((t) => t.slug), newTags.map((t) => t.name), now],
          );
          const { rows } = await query<{ id: string; slug: string }>('SELECT "id", "slug" FROM "Tag" WHERE "slug" = ANY($1::text[])', [newTags.map((t) => t.slug)]);
          for (const row of rows) tagIds.set(row.slug, row.id);
        }
        const column = <T>(pick: (s: ArchiveStory) => T) => stories.map(pick);
        await query(
          `INSERT INTO "Article" ("id", "slug", "headline", "standfirst", "body", "excerpt", "bodyHtml", "readingMinutes", "renderVersion", "status", "publishedAt", "updatedAt", "createdAt", "modifiedAt", "sectionId", "heroImageId")
           SELECT id, slug, headline, standfirst, body, excerpt, html, minutes, $15::int, 'published', published, updated, created, modified, section, hero
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $12::text[], $13::text[], $14::int[], $6::timestamp(3)[], $7::timestamp(3)[], $8::timestamp(3)[], $9::timestamp(3)[], $10::text[], $11::text[])
             AS a(id, slug, headline, standfirst, body, excerpt, html, minutes, published, updated, created, modified, section, hero)`,
          [
            column((s) => s.id), column((s) => s.slug), column((s) => s.headline), column((s) => s.standfirst), column((s) => s.body),
            column((s) => isoPostgres(s.publishedAt)), column((s) => s.updatedAt && isoPostgres(s.updatedAt)), column((s) => isoPostgres(s.createdAt)),
            column((s) => isoPostgres(s.modifiedAt)), column((s) => s.sectionId), column((s) => s.heroImageId), column((s) => s.render.excerpt),
            column((s) => s.render.bodyHtml), column((s) => s.render.readingMinutes), RENDER_VERSION,
          ],
        );
        const bylines = stories.flatMap((s) => s.authorIds.map((authorId, position) => [s.id, authorId, position] as const));
        await query(
          'INSERT INTO "ArticleAuthor" ("articleId", "authorId", "position") SELECT * FROM unnest($1::text[], $2::text[], $3::int[])',
          [bylines.map((b) => b[0]), bylines.map((b) => b[1]), bylines.map((b) => b[2])],
        );
        const taggings = stories.flatMap((s) => s.tagSlugs.map((slug) => [s.id, tagIds.get(slug)] as const));
        await query('INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT * FROM unnest($1::text[], $2::text[])', [
          taggings.map((t) => t[0]),
          taggings.map((t) => t[1]),
        ]);
        if (bulk) {
          // The same function the triggers call, once for the batch: the index rows are the ones they would write.
          // pg sends a query as it is made, so the caller's work (drawing the next batch) overlaps the indexing.
          const indexing = client.query('SELECT "article_search_refresh"($1::text[])', [column((s) => s.id)]);
          meanwhile();
          await indexing;
          await query(toggleTriggers(true));
        } else {
          meanwhile();
        }
        await query('COMMIT');
      } catch (error) {
        await query('ROLLBACK').catch(() => {});
        throw error;
      }
    },
    async analyze() {
      // VACUUM as well: rows loaded in bulk are not yet marked visible to all, so until autovacuum gets to them every
      // index-only walk fetches each row from the table (the 200th page of /latest: 135 ms before, 0.9 ms after).
      await query('VACUUM (ANALYZE) "Article", "ArticleTag", "ArticleAuthor", "Tag", "article_search"');
    },
    async close() {
      await client.end().catch(() => {});
    },
  };
}

export type ArchiveOptions = {
  target: DatabaseTarget;
  /** Archive size wanted: stories 0 … stories-1 exist afterwards. */
  stories: number;
  /** Stories per transaction. */
  batchSize?: number;
  now?: Date;
  /** Called after each batch with the stories added so far and the number this run adds. */
  onProgress?: (done: number, total: number) => void;
};

export type ArchiveResult = {
  /** Stories of the archive that were there before this run. */
  existing: number;
  added: number;
  tagsAdded: number;
  /** The first day after the archive (its newest stories are from the day before). */
  anchorDay: Date;
  seconds: number;
};

const startOfUtcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/**
 * The day the archive ends before: read back from a story already there (so every run agrees), else the day the
 * newsroom's own stories begin (the fronts keep showing them), but no earlier than a year ago and never after today.
 */
async function anchorDay(store: ArchiveStore, existing: Set<string>, now: Date): Promise<number> {
  const first = [...existing].sort()[0];
  const archived = await store.anyArchived(first);
  const index = archived && indexOfId(archived.id);
  if (archived && index !== null) return startOfUtcDay(archived.publishedAt) + archiveWhen(index).daysBack * DAY_MS;
  const today = startOfUtcDay(now);
  const start = await store.newsroomStart();
  if (!start) return today;
  return Math.max(today - 365 * DAY_MS, Math.min(today, startOfUtcDay(start)));
}

/**
 * Adds the archive stories 0 … stories-1 that are missing to the database `target` names, in batches, and
 * refreshes the planner's statistics. Needs the demo newsroom (sections, and authors and pictures to draw on).
 */
export async function seedArchive({ target, stories, batchSize = 1000, now = new Date(), onProgress }: ArchiveOptions): Promise<ArchiveResult> {
  const started = performance.now();
  const store = target.kind === 'sqlite' ? sqliteStore(target.file) : postgresStore(target.url);
  try {
    const newsroom = await store.newsroom();
    if (newsroom.sections.length === 0) throw new ArchiveSeedError(NO_NEWSROOM);
    const existing = await store.existing(stories);
    const missing: number[] = [];
    for (let i = 0; i < stories; i++) if (!existing.has(archiveId(i))) missing.push(i);
    const context: ArchiveContext = {
      sections: newsroom.sections,
      authors: newsroom.authors,
      heroImageIds: newsroom.heroImageIds,
      anchorDay: missing.length > 0 ? await anchorDay(store, existing, now) : startOfUtcDay(now),
    };
    let tagsAdded = 0;
    onProgress?.(0, missing.length);
    const draw = (start: number) => missing.slice(start, start + batchSize).map((index) => archiveStory(index, context));
    let batch = draw(0);
    for (let start = 0; start < missing.length; start += batchSize) {
      const newTags = new Map<string, TagRow>();
      for (const story of batch) {
        for (const slug of story.tagSlugs) {
          if (newsroom.tagIds.has(slug) || newTags.has(slug)) continue;
          newTags.set(slug, { slug, ...archiveTag(slug) });
        }
      }
      const before = newsroom.tagIds.size;
      let next: ArchiveStory[] = [];
      await store.write(batch, [...newTags.values()], newsroom.tagIds, () => (next = draw(start + batchSize)));
      batch = next;
      tagsAdded += newsroom.tagIds.size - before;
      onProgress?.(Math.min(start + batchSize, missing.length), missing.length);
    }
    if (missing.length > 0) await store.analyze();
    return {
      existing: existing.size,
      added: missing.length,
      tagsAdded,
      anchorDay: new Date(context.anchorDay),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await store.close();
  }
}
