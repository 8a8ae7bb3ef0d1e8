// Demo content for Dateline: a fictional newsroom covering the fictional coastal city of Port Merrow.
// Every place, person, company, team and event below is invented. Dates are relative to the day the seed runs.

export type SeedBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'list'; ordered?: boolean; items: string[] };

export type SeedSection = { slug: string; name: string; description: string };
export type SeedTag = { slug: string; name: string };
export type SeedAuthor = { slug: string; name: string; jobTitle: string; bio: string };
export type SeedArticle = {
  slug: string;
  headline: string;
  standfirst: string;
  section: string;
  authors: string[];
  tags: string[];
  publishedDaysAgo: number;
  publishedAt: string;
  updatedHoursLater?: number;
  status?: 'draft' | 'scheduled';
  hero: { alt: string; caption: string; credit: string };
  body: SeedBlock[];
};

export const sections: SeedSection[] = [
  {
    slug: 'news',
    name: 'News',
    description: 'Breaking stories, courts, health and everyday life across Port Merrow and the Merrow Estuary.',
  },
  {
    slug: 'politics',
    name: 'Politics',
    description: 'City hall, the council chamber and the campaigns that decide how Port Merrow is run.',
  },
  {
    slug: 'business',
    name: 'Business',
    description: 'Jobs, shipyards, shops and the money moving through the harbour city’s economy.',
  },
  {
    slug: 'science',
    name: 'Science',
    description: 'Clear explanations of the research, weather and wildlife shaping life on this stretch of coast.',
  },
  {
    slug: 'culture',
    name: 'Culture',
    description: 'Theatre, music, books, museums and festivals, from the Lantern Theatre to the Drill Hall.',
  },
  {
    slug: 'sport',
    name: 'Sport',
    description: 'Match reports, previews and results from Port Merrow Athletic, the estuary rowing clubs and beyond.',
  },
  {
    slug: 'opinion',
    name: 'Opinion',
    description: 'Columns and arguments from Dateline writers about the city we share.',
  },
];

export const tags: SeedTag[] = [
  { slug: 'harbour', name: 'Harbour' },
  { slug: 'housing', name: 'Housing' },
  { slug: 'transport', name: 'Transport' },
  { slug: 'trams', name: 'Trams' },
  { slug: 'city-council', name: 'City council' },
  { slug: 'local-election', name: 'Local election' },
  { slug: 'schools', name: 'Schools' },
  { slug: 'strikes', name: 'Strikes' },
  { slug: 'climate', name: 'Climate' },
  { slug: 'heatwave', name: 'Heatwave' },
  { slug: 'health', name: 'Health' },
  { slug: 'wildlife', name: 'Wildlife' },
  { slug: 'fishing', name: 'Fishing' },
  { slug: 'energy', name: 'Energy' },
  { slug: 'jobs', name: 'Jobs' },
  { slug: 'high-street', name: 'High street' },
  { slug: 'courts', name: 'Courts' },
  { slug: 'arts', name: 'Arts' },
  { slug: 'music', name: 'Music' },
  { slug: 'football', name: 'Football' },
  { slug: 'rowing', name: 'Rowing' },
  { slug: 'history', name: 'History' },
];

export const authors: SeedAuthor[] = [
  {
    slug: 'ruth-abernathy',
    name: 'Ruth Abernathy',
    jobTitle: 'Chief reporter',
    bio: 'Ruth covers the harbour, the courts and anything that keeps Port Merrow awake at night. She joined Dateline from the Gullhaven Courier after eleven years on its news desk. She lives in Saltmarsh, within earshot of the fish market bell.',
  },
  {
    slug: 'tobias-wren',
    name: 'Tobias Wren',
    jobTitle: 'Transport correspondent',
    bio: 'Tobias writes about trams, ferries, buses and the roads in between. Before journalism he spent six years as a signalling engineer on the coastal railway. He lives in Larkmoor and cycles to the newsroom in all weathers.',
  },
  {
    slug: 'priya-halden',
    name: 'Priya Halden',
    jobTitle: 'Education correspondent',
    bio: 'Priya reports on schools, colleges and the families who depend on them. She taught English at a secondary school in Wexcombe for five years before retraining as a reporter. She lives on Fennick Hill with two children and a very loud cat.',
  },
  {
    slug: 'ines-calloway',
    name: 'Inès Calloway',
    jobTitle: 'Politics editor',
    bio: 'Inès leads Dateline’s coverage of the city council, elections and the region’s public money. She has covered four council elections and more budget meetings than she would like to count. She lives in the Old Quay district.',
  },
  {
    slug: 'owen-mcardle',
    name: 'Owen McArdle',
    jobTitle: 'Business editor',
    bio: 'Owen follows the companies, shipyards and small traders that keep the estuary economy afloat. He previously worked as an analyst for a regional building society. He lives in Gullhaven and commutes on the Bluewake ferry.',
  },
  {
    slug: 'yusuf-amari',
    name: 'Yusuf Amari',
    jobTitle: 'Science and environment correspondent',
    bio: 'Yusuf explains the research, weather and wildlife of the Merrow coast. He has a doctorate in coastal oceanography and spent three winters counting seabirds on Kestle Point. He lives in Tarrow Sands and swims in the bay most mornings.',
  },
  {
    slug: 'keziah-marsh',
    name: 'Keziah Marsh',
    jobTitle: 'Arts and culture editor',
    bio: 'Keziah reviews theatre, music and exhibitions across the region and edits Dateline’s weekend culture pages. She ran a touring puppet company for a decade before turning critic. She lives above a bookshop on Brindle Street.',
  },
  {
    slug: 'bridget-lowe',
    name: 'Bridget Lowe',
    jobTitle: 'Chief sports writer',
    bio: 'Bridget has followed Port Merrow Athletic home and away for fifteen seasons and also covers rowing and athletics on the estuary. She coxed for Old Quay Rowing Club as a student. She lives in Wexcombe.',
  },
  {
    slug: 'declan-fenn',
    name: 'Declan Fenn',
    jobTitle: 'Columnist',
    bio: 'Declan writes a weekly column about life, politics and stubbornness in Port Merrow. He grew up in Saltmarsh, the son of a net-maker, and worked as a ferry deckhand and a school caretaker before writing for a living. He still lives three streets from where he was born.',
  },
];

const QUINT = 'Illustration: Mara Quint/Dateline';
const BANERJEE = 'Illustration: Theo Banerjee-Holt/Dateline';
const RASK = 'Illustration: Sunniva Rask/Dateline';

export const articles: SeedArticle[] = [
  // ——— The Anchorage Quay redevelopment ———
  {
    slug: 'halyard-estates-unveils-240m-plan-to-remake-anchorage-quay-with-900-homes',
    headline: 'Halyard Estates unveils £240m plan to remake Anchorage Quay with 900 homes',
    standfirst:
      'The developer wants to replace the ageing fish market and Pier 4 sheds with flats, a marina and a waterfront park, but the fleet that lands there says nobody asked it first.',
    section: 'news',
    authors: ['ruth-abernathy'],
    tags: ['harbour', 'housing'],
    publishedDaysAgo: 36,
    publishedAt: '09:15',
    hero: {
      alt: 'Illustrated harbour at dusk, with cranes standing over low sheds and small fishing boats moored in the foreground',
      caption: 'Pier 4 and the fish market sheds would make way for housing under the proposals.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Plans to transform Anchorage Quay, the working heart of Port Merrow’s harbour for more than a century, were unveiled on Thursday by Halyard Estates. The company wants to build 900 homes, a 240-berth marina and a two-acre park on land now occupied by the fish market, the ice plant and the rusting sheds of Pier 4, most of which have stood empty since the container trade moved down the estuary.',
      },
      {
        type: 'p',
        text: 'The £240m scheme, drawn up with the harbour’s owner, the Port Merrow Harbour Trust, would be built in four phases over nine years. Halyard’s chief executive, Isobel Darke, described the quay as “a postcard with the lights switched off” and said the city could not afford to leave prime waterfront land half empty while hundreds of families sat on the council’s housing waiting list.',
      },
      {
        type: 'quote',
        text: 'We are not trying to erase the harbour. We are trying to give people a reason to live beside it again.',
        cite: 'Isobel Darke, chief executive, Halyard Estates',
      },
      {
        type: 'p',
        text: 'According to the outline documents, 20% of the new homes would be classed as affordable, below the 30% target set in the council’s local plan. Halyard argues that the cost of repairing the quay walls, some of which date from the 1880s, makes a higher share unviable. The company says it has set aside £11m for flood defences along the length of the waterfront.',
      },
      { type: 'h2', text: 'What happens to the fish market?' },
      {
        type: 'p',
        text: 'The fish market would move to a smaller building at the eastern end of the quay, beside a new public slipway. Merrow Fishermen’s Co-operative, which represents 46 boats, said it had been shown the drawings only the day before publication. Its chair, Paddy Quillan, said the proposed site had no room for lorries to turn and no space for the ice plant the fleet relies on every morning.',
      },
      {
        type: 'p',
        text: 'A public consultation opens on Saturday and runs for a fortnight, with exhibitions at the Harbourmaster’s House and the Saltmarsh community centre. Halyard has already lodged a planning application with the council, and the planning committee, which will have the final say on whether the scheme goes ahead, is expected to consider it within weeks.',
      },
    ],
  },
  {
    slug: 'fishing-co-op-warns-anchorage-quay-plan-would-leave-fleet-without-a-home',
    headline: 'Fishing co-op warns Anchorage Quay plan would leave fleet without a home',
    standfirst:
      'Merrow Fishermen’s Co-operative says a smaller market site would cost its members £1.2m a year in lost landings, and has set out four conditions for backing the redevelopment.',
    section: 'business',
    authors: ['owen-mcardle', 'ruth-abernathy'],
    tags: ['harbour', 'fishing', 'jobs'],
    publishedDaysAgo: 33,
    publishedAt: '07:45',
    hero: {
      alt: 'Illustration of stacked fish crates and coiled blue rope on a wet quayside under a pale morning sky',
      caption: 'Landings at Anchorage Quay were worth £19m last year, according to the co-op.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'The fishing fleet that works out of Anchorage Quay has warned that Halyard Estates’ redevelopment plan would squeeze it into a site too small to operate, costing members an estimated £1.2m a year in lost landings. The figures come from a study the Merrow Fishermen’s Co-operative commissioned from a marine economics consultancy in Wexcombe after the scheme was unveiled last week.',
      },
      {
        type: 'p',
        text: 'The co-op says its 46 boats landed fish and shellfish worth £19m last year and supported around 180 crew and 300 onshore jobs in processing, haulage and net repair. Many of those businesses cluster within a few hundred metres of the current market, and the study warns that several would struggle to survive a move to the eastern end of the quay, where access is limited to a single narrow road.',
      },
      {
        type: 'p',
        text: 'Paddy Quillan, the co-op’s chair and a third-generation crab fisherman, said members were not against new homes on the waterfront. “Half of our crews can’t afford to rent in Saltmarsh any more,” he said. “But you don’t fix that by making it impossible to earn a living here. Put the homes up, by all means. Just don’t put them on top of us.”',
      },
      {
        type: 'p',
        text: 'The co-op has written to Halyard and the Port Merrow Harbour Trust setting out the conditions under which it would support the scheme. Members voted for them unanimously at a meeting in the Crow’s Nest café on Sunday night, and the co-op says none of them is negotiable:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'A fish market no smaller than the current 2,400 square metres.',
          'A rebuilt ice plant on the quay before any demolition begins.',
          'Lorry access that does not cross the new marina promenade.',
          'A guaranteed 25-year lease at today’s rent, rising only with inflation.',
        ],
      },
      {
        type: 'p',
        text: 'A Halyard spokesperson said the company was “listening carefully” and that the market layout was still at an early stage. The Harbour Trust, which needs an estimated £30m to repair the quay walls over the next decade, said the redevelopment was the only realistic way to raise that money without selling land piecemeal.',
      },
    ],
  },
  {
    slug: 'the-harbour-is-not-a-blank-canvas-and-port-merrow-should-stop-pretending',
    headline: 'The harbour is not a blank canvas, and Port Merrow should stop pretending it is',
    standfirst:
      'The glossy drawings of Anchorage Quay show a waterfront with no rust, no diesel and no gulls fighting over fish heads. That is exactly what is wrong with them, argues Declan Fenn.',
    section: 'opinion',
    authors: ['declan-fenn'],
    tags: ['harbour', 'housing'],
    publishedDaysAgo: 29,
    publishedAt: '18:00',
    hero: {
      alt: 'Illustration of an architect’s clean white model of flats placed on top of a messy, colourful quayside of boats and nets',
      caption: 'The redevelopment drawings show a quieter, cleaner waterfront than the one that exists today.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'I spent last Saturday morning at the Harbourmaster’s House looking at the Anchorage Quay exhibition boards, and I have to admit they are beautiful. Children fly kites in a park. A couple drink coffee beside a yacht. Somebody in a yellow raincoat walks a dog that has never rolled in anything. What I could not find, in twelve large drawings, was a single fishing boat with a working engine.',
      },
      {
        type: 'p',
        text: 'My father mended nets in a loft off Pier 4 for thirty-one years. I grew up thinking the harbour smelt of tar, diesel and frying onions, because it did. It still does, on a good day. The people who drew these pictures clearly regard that smell as a problem to be designed out, when it is the reason anybody would want to live on the quay in the first place.',
      },
      {
        type: 'p',
        text: 'Let me be clear, because the letters page will otherwise do it for me: Port Merrow needs homes, badly. My niece is a nurse at St Ilda’s and shares a two-bedroom flat with three other adults. If Halyard Estates builds 900 homes on land that is currently growing buddleia and broken glass, that is a good thing, and I will happily say so in print.',
      },
      {
        type: 'p',
        text: 'But a waterfront is not a blank canvas. It is a workplace, and the people who work there got up at four o’clock this morning while the rest of us slept. Moving the fish market to a cramped corner so that it does not spoil the view from the penthouses is not regeneration. It is tidying away the one part of the harbour that still pays its way.',
      },
      {
        type: 'p',
        text: 'So here is my modest proposal. Before the council approves anything, every member of the planning committee should spend one dawn on the quay, watching the boats come in and the lorries go out. If they still think the market will fit in the space Halyard has left for it, I will buy them all breakfast at the Crow’s Nest café. I suspect my money is safe.',
      },
    ],
  },
  {
    slug: 'anchorage-quay-consultation-two-in-three-responses-oppose-losing-fish-market',
    headline: 'Anchorage Quay consultation: two in three responses oppose losing the fish market',
    standfirst:
      'More than 3,100 people responded to Halyard Estates’ two-week consultation. Most backed new homes on the waterfront but rejected moving the fleet to the eastern end of the quay.',
    section: 'news',
    authors: ['ruth-abernathy'],
    tags: ['harbour', 'city-council'],
    publishedDaysAgo: 18,
    publishedAt: '11:30',
    hero: {
      alt: 'Illustration of a community hall filled with pinned-up plans and people leaving coloured sticky notes on a large map of the harbour',
      caption: 'Consultation events at the Saltmarsh community centre drew hundreds of visitors.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Two in three people who responded to the consultation on the Anchorage Quay redevelopment oppose moving the fish market, according to a summary published by Halyard Estates on Tuesday. The company received 3,126 responses online, by post and at four drop-in events, one of the largest totals for any planning consultation in Port Merrow in recent years.',
      },
      {
        type: 'p',
        text: 'The picture is not simply one of opposition, however. A clear majority of respondents supported building homes on the derelict Pier 4 site, and the proposed waterfront park was the most popular single element of the scheme. The summary suggests that many residents want both things at once: new homes and a working harbour that still looks and sounds like one.',
      },
      {
        type: 'list',
        items: [
          '67% opposed relocating the fish market to the eastern end of the quay.',
          '61% supported new homes on the Pier 4 site.',
          '74% backed the proposed two-acre waterfront park.',
          '58% said the share of affordable homes was too low.',
          '39% supported the marina; 44% opposed it.',
        ],
      },
      {
        type: 'p',
        text: 'Halyard said it would “reflect carefully” on the results and was already redesigning the market building to increase its floor area. The Merrow Fishermen’s Co-operative said the findings vindicated its concerns. “People have told them in plain language what they want,” said its secretary, Wenna Pascoe. “Now we will see whether anybody was really listening.”',
      },
      {
        type: 'p',
        text: 'The planning application is due before the council’s planning committee on Thursday. Cllr Rosalind Pennick, who chairs the committee, said members would read the consultation findings in full and that the meeting would be held in the council chamber rather than a committee room so that more members of the public could attend.',
      },
    ],
  },
  {
    slug: 'planning-committee-defers-anchorage-quay-decision-after-six-hour-meeting',
    headline: 'Planning committee defers Anchorage Quay decision after six-hour meeting',
    standfirst:
      'Councillors asked Halyard Estates to return within a fortnight with a larger fish market and more affordable homes after a packed and at times rowdy session in the council chamber.',
    section: 'politics',
    authors: ['ines-calloway', 'ruth-abernathy'],
    tags: ['harbour', 'city-council', 'housing'],
    publishedDaysAgo: 15,
    publishedAt: '07:20',
    hero: {
      alt: 'Illustration of a council chamber at night with a long curved table, tired councillors and a crowded public gallery',
      caption: 'The public gallery was full for the whole of the six-hour meeting.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Port Merrow’s planning committee has deferred its decision on the £240m Anchorage Quay redevelopment after a six-hour meeting that ended shortly before midnight, with councillors asking the developer to come back with a larger fish market and a higher share of affordable homes. A special meeting has been pencilled in for later this month.',
      },
      {
        type: 'p',
        text: 'Council planning officers had recommended approval, saying a revised scheme submitted by Halyard Estates, with 25% affordable housing and a fish market of 1,900 square metres, was acceptable on balance. But several members of the 13-strong committee said they could not support a plan that left the fishing fleet with less space than it has now.',
      },
      {
        type: 'quote',
        text: 'We are being asked to choose between homes and jobs. I refuse to accept that this city cannot have both on a quay this size.',
        cite: 'Cllr Rosalind Pennick, chair of the planning committee',
      },
      {
        type: 'p',
        text: 'The meeting heard from 22 public speakers, including crab fishermen, a nurse who said she had moved house four times in three years, and the head of Saltmarsh Primary, who warned that the school would need more places if 900 homes were built nearby. Cllr Pennick twice threatened to clear the public gallery after jeers during Halyard’s presentation.',
      },
      {
        type: 'p',
        text: 'Isobel Darke, Halyard’s chief executive, told councillors that each extra affordable home reduced the money available to repair the quay walls. After the vote she said the company was “disappointed but not surprised” and would work “day and night” to address members’ concerns before the special meeting.',
      },
      {
        type: 'p',
        text: 'The deferral comes at an awkward moment for the ruling Civic Alliance, which holds a majority of just one on the 48-seat council and is defending the Saltmarsh ward in a by-election in less than a fortnight. Opposition councillors accused the administration of trying to push the scheme through before polling day, a charge the council leader, Mayor Constance Teale, rejected.',
      },
    ],
  },
  {
    slug: 'council-approves-anchorage-quay-scheme-with-bigger-fish-market',
    headline: 'Council approves Anchorage Quay scheme with bigger fish market and 30% affordable homes',
    standfirst:
      'The planning committee backed Halyard Estates’ redevelopment by eight votes to five, after the developer agreed to rebuild the ice plant first and raise the share of affordable homes.',
    section: 'politics',
    authors: ['ines-calloway', 'ruth-abernathy', 'owen-mcardle'],
    tags: ['harbour', 'housing', 'city-council'],
    publishedDaysAgo: 5,
    publishedAt: '21:40',
    updatedHoursLater: 3,
    hero: {
      alt: 'Illustration of a raised hand casting a shadow across a plan of the harbour laid out on a table',
      caption: 'The committee voted eight to five in favour of the revised scheme.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'The redevelopment of Anchorage Quay will go ahead after Port Merrow’s planning committee approved a revised scheme by eight votes to five on Monday night. The decision clears the way for 900 homes, a marina and a waterfront park, and ends months of uncertainty over the future of the harbour’s most prominent stretch of land.',
      },
      {
        type: 'p',
        text: 'Halyard Estates returned to the committee with significant changes. The fish market will now occupy 2,200 square metres, close to its current size, and the ice plant will be rebuilt on the quay before any demolition begins. The share of affordable homes rises to 30%, or 270 homes, in line with the council’s local plan, with Halyard agreeing to a smaller marina to help cover the cost.',
      },
      {
        type: 'list',
        items: [
          'The new fish market must open before the existing building closes.',
          'Lorries will use a dedicated access road along the eastern boundary.',
          'Halyard will pay £3m towards a harbour-front bus link and cycle route.',
          'At least 90 of the affordable homes will be built in the first phase.',
        ],
      },
      {
        type: 'p',
        text: 'Cllr Rosalind Pennick, the committee chair, voted in favour. She said the revised scheme was “not perfect, but a great deal better than the one we saw ten days ago”. Those who voted against included two Civic Alliance members, who said the lorry route would still force vehicles past a planned playground.',
      },
      {
        type: 'p',
        text: 'The Merrow Fishermen’s Co-operative said it was disappointed and would take legal advice. Its chair, Paddy Quillan, said the market had grown on paper but the site around it had shrunk, leaving no room for the processing units that depend on it. In a statement issued later on Monday night, the co-op said it had “not ruled out any option” to protect its members.',
      },
      {
        type: 'p',
        text: 'For Halyard, the approval is a relief after a costly year of redesigns. The company will now need to line up financing for the first phase, estimated at £64m, at a time when borrowing costs for developers remain high. Work is not expected to start on site until next spring at the earliest.',
      },
    ],
  },
  {
    slug: 'merrow-fishermen-launch-legal-challenge-against-anchorage-quay-approval',
    headline: 'Merrow fishermen launch legal challenge against Anchorage Quay approval',
    standfirst:
      'The fishing co-op has sent the council a formal letter before action and raised £38,000 from supporters in a little over a day, arguing that councillors were given misleading advice on flood risk and access.',
    section: 'news',
    authors: ['ruth-abernathy'],
    tags: ['harbour', 'fishing', 'courts'],
    publishedDaysAgo: 1,
    publishedAt: '08:10',
    updatedHoursLater: 5,
    hero: {
      alt: 'Illustration of a fishing boat’s wheelhouse with a thick envelope of legal papers resting on the dashboard',
      caption: 'The co-op says it was left with no choice but to go to court.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'Port Merrow’s fishing fleet has begun legal action to overturn the council’s approval of the Anchorage Quay redevelopment. The Merrow Fishermen’s Co-operative has sent the city council a letter before action, the formal first step towards a judicial review, arguing that the planning committee’s decision on Monday was unlawful.',
      },
      {
        type: 'p',
        text: 'The letter, prepared by the Wexcombe firm Lalwani Stone, sets out two main grounds. It says councillors were wrongly told that an updated flood risk assessment had been independently checked when it had not, and that officers failed to assess whether the new lorry route could carry the weight of refrigerated vehicles over a culvert dating from the 1890s.',
      },
      {
        type: 'p',
        text: 'A crowdfunding appeal launched on Wednesday evening had raised £38,000 by Thursday night, much of it in small donations from people in Saltmarsh and Gullhaven. Several restaurants on the Old Quay have pledged a share of their takings from fish dishes for the rest of the month.',
      },
      {
        type: 'quote',
        text: 'Nobody here wanted to end up in court. We asked for a fair hearing and we got a rushed vote on the strength of a report nobody had checked.',
        cite: 'Paddy Quillan, chair, Merrow Fishermen’s Co-operative',
      },
      {
        type: 'p',
        text: 'The council has 14 days to respond. A spokesperson said the authority was confident its decision was lawful and would “respond in full in due course”. Halyard Estates said it remained committed to the scheme and to working with the fleet, but declined to comment on the legal arguments.',
      },
      {
        type: 'p',
        text: 'Update: On Friday afternoon the council confirmed that the flood risk assessment had been reviewed by its own drainage engineer but not by the Environment Agency, which it said was not required for a scheme of this kind. The co-op said the admission supported its case and that it expected to file papers with the High Court within a month.',
      },
    ],
  },
  {
    slug: 'halyard-estates-pauses-marina-tender-as-fishermens-legal-challenge-looms',
    headline: 'Halyard Estates pauses marina tender as fishermen’s legal challenge looms',
    standfirst:
      'The developer has delayed choosing a contractor for the first phase of Anchorage Quay, a move that could push the start of work into next summer and unsettle its lenders.',
    section: 'business',
    authors: ['owen-mcardle'],
    tags: ['harbour', 'jobs'],
    publishedDaysAgo: 0,
    publishedAt: '07:40',
    hero: {
      alt: 'Illustration of an empty marina pontoon stretching into grey water, with a single folded chair at its end',
      caption: 'The marina was due to be the first part of the scheme put out to tender.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Halyard Estates has paused the tender for the first phase of its Anchorage Quay redevelopment, including the marina and the rebuilt ice plant, while it waits to see whether the fishing fleet’s legal challenge reaches the High Court. Three construction firms had been shortlisted and were due to submit final bids next week.',
      },
      {
        type: 'p',
        text: 'In a note to the bidders seen by Dateline, the company said it would “not be prudent” to commit to contracts worth around £40m while the planning permission could still be quashed. It said the tender would resume “as soon as the legal position is clear” and thanked the firms for their patience.',
      },
      {
        type: 'p',
        text: 'The delay matters because Halyard’s financing for the first phase depends on construction starting by a set date. People familiar with the arrangement say the company’s lenders have agreed to a window running to the end of next spring. A judicial review, if granted, could take six months or more to resolve, putting that deadline at risk.',
      },
      {
        type: 'p',
        text: 'The pause also affects local firms. Corran & Vey, the Port Merrow shipyard, had been lined up to fabricate steel pontoons for the marina, work it estimated would keep 25 people busy for most of a year. Its managing director, Hollis Vey, said the yard was “used to waiting for the weather” and would fill the gap with ferry work.',
      },
      {
        type: 'p',
        text: 'Isobel Darke, Halyard’s chief executive, said the company remained confident in the planning decision and hoped the co-op would sit down for talks. The co-op said its door had “always been open” but that any talks would have to include the lorry route, which Halyard has so far said is fixed.',
      },
    ],
  },
  {
    slug: 'harbourmasters-house-exhibition-charts-400-years-of-life-on-anchorage-quay',
    headline: 'Harbourmaster’s House exhibition charts 400 years of life on Anchorage Quay',
    standfirst:
      'As the quay’s future is fought over in the council chamber, a small and moving show at the city’s harbour museum reminds visitors how often it has been reinvented before.',
    section: 'culture',
    authors: ['keziah-marsh'],
    tags: ['harbour', 'history', 'arts'],
    publishedDaysAgo: 19,
    publishedAt: '12:00',
    hero: {
      alt: 'Illustration of a museum room with old ship models in glass cases and a wall of faded harbour photographs',
      caption: 'The exhibition fills three rooms on the museum’s first floor.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Timing is everything in a museum, and the Harbourmaster’s House has rarely had better timing. Tides of the Quay, which opened on Saturday, tells the story of Anchorage Quay from the first timber landing stage in the 1620s to the empty sheds of Pier 4. It arrives just as the city argues over what the quay should become next, and it quietly makes the point that the argument is an old one.',
      },
      {
        type: 'p',
        text: 'The first room is the strongest. A ledger from 1714 records the duties paid on salt, wool and French brandy, some of it in a hand so shaky the curator, Felix Amandi, suspects the clerk had sampled the brandy. Beside it hangs a painted sign from the Three Anchors inn, demolished in 1860 to make way for the railway sidings that were themselves torn up a century later.',
      },
      {
        type: 'quote',
        text: 'Every generation on this quay has been told it is the last one to see it like this. Every generation has been right, and every generation has been wrong.',
        cite: 'Felix Amandi, curator',
      },
      {
        type: 'p',
        text: 'The middle room belongs to the fishing fleet, and it is here that the exhibition finds its heart. Recorded voices of retired skippers play from speakers hidden in lobster pots, describing storms, catches and the day in 1979 when the whole fleet stayed in harbour to mourn the crew of the Morwenna. Visitors were listening with their eyes closed when I was there.',
      },
      {
        type: 'p',
        text: 'The final room, on the present day, feels thinner, perhaps because the museum has tried hard not to take sides. Halyard Estates’ drawings sit next to photographs of the co-op’s morning auction, and visitors are invited to leave postcards saying what they want for the quay. Judging by the pile, they have plenty to say. Tides of the Quay runs until the end of the year and admission is free.',
      },
    ],
  },
  // ——— Line 2 of the Port Merrow Tramway ———
  {
    slug: 'brindle-street-shuts-completely-for-five-weeks-as-tram-works-reach-final-stretch',
    headline: 'Brindle Street shuts completely for five weeks as tram works reach final stretch',
    standfirst:
      'After sixteen months of rolling part-closures, barriers went up across the whole of the city’s busiest shopping street overnight so contractors can lay Line 2’s track through the Clock Tower junction.',
    section: 'news',
    authors: ['tobias-wren'],
    tags: ['trams', 'transport'],
    publishedDaysAgo: 38,
    publishedAt: '07:30',
    hero: {
      alt: 'Illustration of orange barriers and a small yellow excavator on a narrow shopping street lined with painted shopfronts',
      caption: 'Brindle Street is closed to all traffic from the Clock Tower junction to St Ilda’s Road.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'Work on the second line of the Port Merrow Tramway entered its final and most disruptive phase overnight, with the whole of Brindle Street closed to traffic from the Clock Tower junction to St Ilda’s Road. Contractors from Brannock Civils moved barriers into place shortly after midnight, and by first light a row of excavators was lifting the tarmac outside the post office while early commuters picked their way along a temporary walkway.',
      },
      {
        type: 'p',
        text: 'Line 2 will run for 6.4km from Central Station through Brindle Street and Fennick Hill to Larkmoor, with 11 stops. Work began at the Larkmoor end sixteen months ago and the track is now complete everywhere except the city centre. The council says the line will carry around 30,000 passengers a day and cut the peak journey from Larkmoor to the centre from 35 minutes by bus to 17 minutes.',
      },
      {
        type: 'p',
        text: 'Until now the street has been closed in sections, with traffic squeezed into a single lane. The full closure, planned to last five weeks, is needed to rebuild the Clock Tower junction and lay the tight curve that carries the tracks towards Central Station. Pedestrian access will be kept throughout, and buses have been diverted along Harbour Road, adding up to ten minutes to some journeys.',
      },
      {
        type: 'quote',
        text: 'Nobody enjoys roadworks, and these are bigger than most. But by the end of the year people will wonder how this street ever managed without a tram.',
        cite: 'Cllr Dev Marlowe, cabinet member for transport',
      },
      {
        type: 'p',
        text: 'Traders were less certain. Harun Aziz, who chairs the Brindle Street Traders’ Association and runs a phone repair shop near the Clock Tower, said members supported the tram in principle but had been promised a dedicated liaison officer who had yet to appear. “We were told the street would be open for business,” he said. “This morning it looks more like a building site with some shops attached.”',
      },
    ],
  },
  {
    slug: 'brindle-street-traders-say-footfall-has-halved-since-full-closure-for-tram-works',
    headline: 'Brindle Street traders say footfall has halved since full closure for tram works',
    standfirst:
      'A week of counting by shopkeepers suggests far fewer people are walking the street since it closed to traffic, and some owners say a year and a half of disruption has left them with nothing in reserve.',
    section: 'business',
    authors: ['owen-mcardle', 'tobias-wren'],
    tags: ['trams', 'high-street'],
    publishedDaysAgo: 31,
    publishedAt: '08:00',
    hero: {
      alt: 'Illustration of a shopkeeper standing in an empty doorway, looking out at a fenced-off trench where a street used to be',
      caption: 'Some Brindle Street shops report their quietest weeks in years.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'The number of people walking along Brindle Street has roughly halved since the street closed completely for Line 2 tram works a week ago, according to counts carried out by the street’s traders. Volunteers from the Brindle Street Traders’ Association stood at four points along the street with hand-held clickers for an hour each morning and afternoon, and compared the results with counts they made last spring.',
      },
      {
        type: 'p',
        text: 'The counts are informal and the association accepts they are not a scientific survey. But they match what shopkeepers say their tills are telling them. Marisol Kent, who runs Kent’s Hardware, a fixture on the street since her grandfather opened it in 1958, said takings in the first week of the full closure were down 41% on the same week last year, and already ran about 15% below normal during the months of part-closures before that.',
      },
      {
        type: 'quote',
        text: 'I have had sixteen bad months already. I can survive a bad month more, maybe two. Not on these margins, not much longer.',
        cite: 'Marisol Kent, owner, Kent’s Hardware',
      },
      {
        type: 'p',
        text: 'Cafés and food shops appear to have been hit hardest, because fewer office workers are cutting through the street at lunchtime. By contrast, the bookshop near St Ilda’s Road said trade was steady, which its owner put down to loyal regulars “who would climb over a trench for a new novel”.',
      },
      {
        type: 'p',
        text: 'The association is asking the council for a rate holiday for affected businesses and for better signs telling shoppers that the street is still open. It also wants compensation for the whole period of the works, not just the full closure, and for Brannock Civils to stop using the pavement outside shops to store materials. The council said it was reviewing the signs and that its business support team would contact every trader on the street within a fortnight.',
      },
      {
        type: 'p',
        text: 'Similar schemes elsewhere suggest the worst may be yet to come. Trade often recovers strongly once a line opens and people rediscover a street. The question for Brindle Street is how many of its shops will still be there to benefit.',
      },
    ],
  },
  {
    slug: 'tram-diggers-uncover-timber-quay-wall-thought-to-be-500-years-old',
    headline: 'Tram diggers uncover timber quay wall thought to be 500 years old',
    standfirst:
      'Rows of oak posts found three metres beneath Brindle Street suggest the harbour once reached far inland, and work on the Line 2 tram has been paused while archaeologists record them.',
    section: 'news',
    authors: ['tobias-wren'],
    tags: ['trams', 'history'],
    publishedDaysAgo: 23,
    publishedAt: '13:25',
    hero: {
      alt: 'Illustration of dark oak posts emerging from wet clay at the bottom of a deep trench, with archaeologists kneeling beside them',
      caption: 'The timbers were found while contractors were diverting a drain.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Contractors digging a trench for the Line 2 tram have uncovered what archaeologists believe is a timber quay wall built around 500 years ago, beneath the Clock Tower junction, the last section of Brindle Street to be dug up. The find suggests that the medieval harbour reached almost half a kilometre further inland than previously thought, before centuries of silting and land reclamation pushed the waterfront out to where Anchorage Quay stands today.',
      },
      {
        type: 'p',
        text: 'Workers from Brannock Civils spotted the first blackened posts on Monday while diverting a drain outside the former Co-operative building. By Wednesday archaeologists had exposed a line of 38 oak uprights, some still standing more than a metre high, with horizontal planks wedged behind them to hold back the clay. Fragments of pottery, leather shoes and a small iron fish hook were found nearby.',
      },
      {
        type: 'quote',
        text: 'We knew the old shoreline was somewhere under the city centre, but nobody expected to find it in such good condition. Wet clay is wonderful for wood. It keeps out the air, and so it keeps out the rot.',
        cite: 'Dr Tamsin Orley, Merrow Estuary Archaeology Trust',
      },
      {
        type: 'p',
        text: 'Work at the junction has been paused for ten days while the site is recorded, photographed and scanned. Some timbers will be lifted and sent for dating, and the rest will be covered and left in place beneath the tram tracks, which the archaeology trust says is the best way to preserve them.',
      },
      {
        type: 'p',
        text: 'Leona Fairhurst, Brannock’s project director, said the firm had built time for archaeology into its programme, though not for a discovery of this size. She said the team would work on the rest of the street in the meantime and still hoped to reopen it on schedule, though “with less sleep than planned”. The trust will hold an open viewing platform on Saturday morning, and expects long queues.',
      },
    ],
  },
  {
    slug: 'how-archaeologists-will-date-the-brindle-street-timbers-and-why-it-matters',
    headline: 'How archaeologists will date the Brindle Street timbers, and why it matters',
    standfirst:
      'Tree rings, radiocarbon and a little detective work could tell us not just when the old quay was built, but where its oak trees grew and what the estuary looked like at the time.',
    section: 'science',
    authors: ['yusuf-amari'],
    tags: ['history', 'trams'],
    publishedDaysAgo: 20,
    publishedAt: '10:40',
    hero: {
      alt: 'Illustration of a cross-section of an oak post with its tree rings drawn as a colourful timeline running across the page',
      caption: 'Each ring in an oak post records a single year of the tree’s growth.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'When archaeologists say the timber wall found under Brindle Street is “around 500 years old”, they are making an educated guess based on the style of the carpentry and the pottery found nearby. Over the next few months they hope to replace that guess with something far more precise, possibly down to the very year in which the trees were felled.',
      },
      {
        type: 'h2',
        text: 'Reading the rings',
      },
      {
        type: 'p',
        text: 'The main tool is dendrochronology, or tree-ring dating. Oak trees lay down one ring a year, wide in good growing seasons and narrow in cold or dry ones. Because weather affects every tree in a region in a similar way, the sequence of wide and narrow rings forms a pattern, a kind of barcode, that can be matched against reference sequences built up from thousands of dated timbers in old buildings and ships.',
      },
      {
        type: 'p',
        text: 'If a post still has its outermost ring, just beneath the bark, the match can give the exact felling year and sometimes even the season. Dr Tamsin Orley of the Merrow Estuary Archaeology Trust says at least six of the Brindle Street posts appear to have that outer layer intact, which makes them unusually valuable.',
      },
      {
        type: 'p',
        text: 'Where the ring pattern is too short to match, the team will turn to radiocarbon dating. Living things absorb carbon, including a small amount of a radioactive form that decays at a known rate after death. By measuring several rings a known number of years apart, a technique called wiggle-matching, scientists can narrow the date to within a decade or two.',
      },
      {
        type: 'p',
        text: 'The ring patterns can reveal more than dates. Oak from different areas produces subtly different barcodes, so the timbers may show whether the builders used local woodland from the Merrow valley or imported wood by sea. And the position of the wall tells geologists how fast the estuary has silted up, which matters today as the city plans for rising sea levels along the same shoreline.',
      },
    ],
  },
  {
    slug: 'line-2-tram-budget-rises-by-14m-as-council-admits-early-costs-were-optimistic',
    headline: 'Line 2 tram budget rises by £14m as council admits early costs were ‘optimistic’',
    standfirst:
      'An uncharted gas main, the archaeological finds under Brindle Street and the price of steel rail have pushed the crosstown tram’s budget to £196m, and the opposition wants an inquiry.',
    section: 'politics',
    authors: ['ines-calloway', 'tobias-wren'],
    tags: ['trams', 'city-council', 'transport'],
    publishedDaysAgo: 19,
    publishedAt: '16:15',
    updatedHoursLater: 4,
    hero: {
      alt: 'Illustration of a tram made of stacked coins balanced on a thin rail, with a worried figure watching from below',
      caption: 'The revised budget for Line 2 is now £196m.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'The cost of Port Merrow’s second tram line has risen by £14m to £196m, the city council confirmed on Monday, in a report that acknowledges some of the original estimates were “optimistic”. The increase will be met through extra borrowing, adding an estimated £900,000 a year to the council’s debt repayments for the next three decades.',
      },
      {
        type: 'p',
        text: 'The report, prepared for next week’s cabinet meeting, breaks the increase down into three parts. About £6m is due to a gas main under Fennick Hill Road that did not appear on any utility map and had to be moved. Roughly £3m relates to the archaeological work on Brindle Street, and the remaining £5m reflects higher prices for steel rail and overhead power equipment.',
      },
      {
        type: 'p',
        text: 'Cllr Dev Marlowe, the cabinet member for transport, said the council had been open about the risks from the start and that the project remained good value. “Every major scheme finds surprises underground,” he said. “What matters is that we deal with them honestly and keep building. Line 2 is still on course to open on time.”',
      },
      {
        type: 'p',
        text: 'The opposition was unconvinced. Cllr Fenella Strachan, leader of the Coastal Party group, called for an independent inquiry into how the original budget was drawn up. She said residents had been promised a line that would cost them nothing extra, and that the council was now “putting the overspend on the city’s credit card and hoping nobody reads the statement”.',
      },
      {
        type: 'p',
        text: 'Update: Later on Monday the Estuary Regional Transport Authority, which provided £70m of the original funding, said it would not contribute towards the overspend. A spokesperson said its grant had always been a fixed sum and that cost increases were the council’s responsibility.',
      },
    ],
  },
  {
    slug: 'council-offers-2000-grants-to-brindle-street-shops-hit-by-tram-works',
    headline: 'Council offers £2,000 grants to Brindle Street shops hit by tram works',
    standfirst:
      'Independent businesses along the Line 2 route can apply for one-off payments and a six-month discount on business rates, but traders say the help falls well short of their losses.',
    section: 'news',
    authors: ['tobias-wren'],
    tags: ['trams', 'high-street', 'city-council'],
    publishedDaysAgo: 9,
    publishedAt: '12:50',
    hero: {
      alt: 'Illustration of a shop window with a hand-painted sign reading open as usual, framed by construction fencing',
      caption: 'Traders have painted their own signs to tell shoppers the street is still open.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Independent shops and cafés along the route of the Line 2 tram will be able to claim one-off grants of £2,000 and a 50% discount on business rates for six months, under a support package announced by Port Merrow City Council. The scheme will cost around £480,000 and is open to businesses with fewer than ten employees whose premises front onto the works.',
      },
      {
        type: 'p',
        text: 'The package also includes a “Brindle Street is open” marketing campaign, free parking after 4pm in the Clock Tower car park, and weekend markets on the section of street where the track has already been laid. A dedicated liaison officer, first promised when the full closure was announced, has now been appointed and will be based in an empty shop near the post office.',
      },
      {
        type: 'p',
        text: 'Harun Aziz of the Brindle Street Traders’ Association welcomed the help but said it was “a plaster on a broken leg”. Members had asked for grants of up to £10,000 based on proven losses, he said. “Two thousand pounds covers about three weeks of rent for most of us. We have been losing money for a year and a half, and the help arrives days before the street reopens.”',
      },
      {
        type: 'p',
        text: 'At least two businesses on the street have closed since the works began, though their owners have given different reasons. A third, a sandwich shop, has moved to temporary premises on Harbour Road and says it will return when the tram is running.',
      },
      {
        type: 'p',
        text: 'Cllr Dev Marlowe said the council had to balance support for traders against the rising cost of the project itself, and that the package was more generous than those offered in similar cities. Applications open on Monday and will be processed within ten working days, the council said.',
      },
    ],
  },
  {
    slug: 'first-test-tram-glides-along-line-2-as-opening-date-edges-closer',
    headline: 'First test tram glides along Line 2 as opening date edges closer',
    standfirst:
      'A single tram made a slow overnight run from Central Station to Larkmoor, watched by engineers, night-shift workers and a small crowd of enthusiasts in dressing gowns.',
    section: 'news',
    authors: ['tobias-wren'],
    tags: ['trams', 'transport'],
    publishedDaysAgo: 2,
    publishedAt: '06:45',
    updatedHoursLater: 2,
    hero: {
      alt: 'Illustration of a sleek green tram lit from inside, moving along a dark street at night past shuttered shops',
      caption: 'The test tram travelled at walking pace for most of its route.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'A tram ran along the full length of Line 2 for the first time in the early hours of Thursday, moving at little more than walking pace as engineers checked clearances at every stop. The green and white tram left the Central Station depot at 1.12am and reached Larkmoor just before 3am, stopping repeatedly so that staff with torches and tape measures could inspect the platforms.',
      },
      {
        type: 'p',
        text: 'Despite the hour, a few dozen people gathered on Brindle Street to watch it pass, some in coats thrown over pyjamas. Applause broke out as the tram crossed the Clock Tower junction, which reopened to traffic only on Saturday after the street had been dug up, in one stretch or another, for a year and a half. One onlooker held up a home-made banner reading “Worth the dust”.',
      },
      {
        type: 'p',
        text: 'The run is the first of several hundred test journeys planned over the coming weeks. Engineers will gradually raise speeds, test the signals and braking in wet conditions, and train drivers on the new route before safety inspectors decide whether the line can carry passengers. The council has said it hopes to open Line 2 before the end of next month.',
      },
      {
        type: 'quote',
        text: 'Tonight was about inches, not miles per hour. We wanted to know the tram fits everywhere it is supposed to, and it does.',
        cite: 'Leona Fairhurst, project director, Brannock Civils',
      },
      {
        type: 'p',
        text: 'Update: The council confirmed on Thursday morning that one platform at Fennick Hill will need minor adjustment after the tram’s step was found to sit slightly too high. Brannock Civils said the work would take two nights and would not affect the testing programme.',
      },
    ],
  },
  {
    slug: 'i-have-waited-six-years-for-this-tram-watching-it-move-was-worth-it',
    headline: 'I have waited six years for this tram. Watching it move was worth it',
    standfirst:
      'Our transport correspondent has sat through every budget meeting and every delay on Line 2. Standing on Brindle Street at two in the morning, he finally understood why he cared.',
    section: 'opinion',
    authors: ['tobias-wren'],
    tags: ['trams', 'transport'],
    publishedDaysAgo: 1,
    publishedAt: '19:30',
    hero: {
      alt: 'Illustration of a lone figure with a notebook standing under a streetlight as a tram passes in a blur of colour',
      caption: 'The test tram passing the Clock Tower junction in the small hours.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'I first wrote about Line 2 six years ago, when it was a dotted line on a consultation map and a promise in a manifesto. Since then I have written about it perhaps two hundred times: the funding bids, the route changes, the gas main nobody knew about, the oak posts under Brindle Street, the £14m overspend. Until this week, I had never seen it move.',
      },
      {
        type: 'p',
        text: 'Transport reporting can make you cynical. You learn to read a budget the way a sailor reads clouds, always looking for the squall. You learn that opening dates are wishes, not promises. So I went to Brindle Street on Wednesday night expecting to file a few paragraphs about a slow tram and go home to bed. I did not expect to find myself grinning like a child.',
      },
      {
        type: 'p',
        text: 'It was the people, really. A retired bus driver who had come to see “what the fuss was about”. Two nurses coming off shift at St Ilda’s, who will be able to get home to Larkmoor in seventeen minutes instead of forty. Marisol Kent from the hardware shop, who has spent eighteen months cursing the works, standing at her door in a dressing gown and clapping anyway.',
      },
      {
        type: 'p',
        text: 'None of this means the questions go away. The overspend still has to be paid for, and the council still owes the traders a proper account of why their support arrived so late. I will keep asking those questions, because that is the job. But a city is allowed to be pleased with itself occasionally, and on Wednesday night, for about forty seconds, Port Merrow was.',
      },
      {
        type: 'p',
        text: 'My advice, for what it is worth: go and ride it in the first week, on an ordinary Tuesday, and look at who else is on board. That is how you will know whether it was worth it. I already have a suspicion what the answer will be.',
      },
    ],
  },
  {
    slug: 'line-2-trams-to-carry-first-passengers-next-month-after-safety-sign-off',
    headline: 'Line 2 trams to carry first passengers next month after safety sign-off',
    standfirst:
      'Safety inspectors have approved the crosstown tram line after weeks of testing, and the council has set an opening date, with free travel on the first weekend.',
    section: 'news',
    authors: ['tobias-wren'],
    tags: ['trams', 'transport'],
    publishedDaysAgo: -2,
    publishedAt: '07:00',
    status: 'scheduled',
    hero: {
      alt: 'Illustration of a tram stop platform with bunting, a ribbon across the tracks and a tram approaching in morning light',
      caption: 'Passengers will ride Line 2 free of charge on its opening weekend.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Line 2 of the Port Merrow Tramway will open to passengers next month after safety inspectors approved the line for public service, the city council announced on Monday. The first tram will leave Central Station at 5.30am on the opening Saturday, and travel will be free for everyone on the first weekend.',
      },
      {
        type: 'p',
        text: 'The approval follows more than four hundred test runs, including a week of overnight trials in heavy rain to check braking on the steep section of Fennick Hill Road. Inspectors asked for minor changes to signs at two junctions and for extra lighting at the Larkmoor terminus, all of which have been completed, the council said.',
      },
      {
        type: 'p',
        text: 'Trams will run every six minutes at peak times and every ten minutes in the evenings and on Sundays. Fares will match those on Line 1, with a single journey costing £2.10 and a day ticket valid on both lines costing £4.80. Under-16s travelling with an adult will ride free until the end of the year.',
      },
      {
        type: 'quote',
        text: 'This line has been a long time coming and it has asked a great deal of the people who live and work along its route. The first weekend is for them.',
        cite: 'Cllr Dev Marlowe, cabinet member for transport',
      },
      {
        type: 'p',
        text: 'Brindle Street traders will hold a street party on the opening Saturday, with stalls, live music and a parade led by the Saltmarsh Community Choir. Bus routes diverted during the works will return to their usual paths from the following Monday, with some services reduced where they duplicate the tram.',
      },
    ],
  },
  // ——— The school support staff strike ———
  {
    slug: 'teaching-assistants-vote-to-strike-across-31-port-merrow-schools',
    headline: 'Teaching assistants vote to strike across 31 Port Merrow schools',
    standfirst:
      'Support staff in the city’s council-run schools have backed walkouts by a wide margin in a dispute over pay, unpaid hours and contracts that cover only term time.',
    section: 'news',
    authors: ['priya-halden'],
    tags: ['schools', 'strikes'],
    publishedDaysAgo: 26,
    publishedAt: '14:05',
    hero: {
      alt: 'Illustration of a classroom after hours, with small chairs stacked on tables and a lanyard left hanging on a coat hook',
      caption: 'Teaching assistants, lunchtime supervisors and office staff are all covered by the ballot.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Teaching assistants and other support staff at 31 council-run schools in Port Merrow have voted to strike, raising the prospect of closures across the city within weeks. Members of the Coastal Education Workers’ Union backed action by 78% on a turnout of 71%, one of the highest turnouts the union says it has recorded in the region.',
      },
      {
        type: 'p',
        text: 'The ballot covered around 1,100 staff, including teaching assistants, lunchtime supervisors, school office workers and learning mentors. Most are women, and most work on contracts that pay them only for the 39 weeks of the school year, spread across twelve months. The union says the average teaching assistant in the city takes home about £17,400 a year.',
      },
      {
        type: 'p',
        text: 'At the heart of the dispute is what the union calls “invisible time”: the hours staff spend preparing resources, writing notes on children’s progress and attending meetings without pay. A survey of members found that full-time assistants worked an average of four unpaid hours a week, rising to six for those supporting children with special educational needs.',
      },
      {
        type: 'quote',
        text: 'Our members are not asking for the moon. They are asking to be paid for the work they already do, and to be able to pay their own rent.',
        cite: 'Maureen Ashdown, branch secretary, Coastal Education Workers’ Union',
      },
      {
        type: 'p',
        text: 'Cllr Peter Yallop, the council’s cabinet member for education, said he was disappointed by the result but respected it. He said the council valued support staff “enormously” and wanted to avoid disruption to children’s learning, but that much of their pay was set through national agreements. The union must give formal notice before any walkout, and has said the first date will be announced within days.',
      },
    ],
  },
  {
    slug: 'council-leader-says-school-support-staff-pay-cannot-be-fixed-by-port-merrow',
    headline: 'Council leader says school support staff pay ‘cannot be fixed by Port Merrow alone’',
    standfirst:
      'Mayor Constance Teale told councillors that national pay scales tie the city’s hands, but the union insists the decisions that matter most to its members are made at city hall.',
    section: 'politics',
    authors: ['ines-calloway', 'priya-halden'],
    tags: ['schools', 'city-council', 'strikes'],
    publishedDaysAgo: 24,
    publishedAt: '22:15',
    hero: {
      alt: 'Illustration of a mayor’s chain of office lying on a stack of pay documents under a desk lamp',
      caption: 'The strike was raised at a full council meeting on Wednesday evening.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'The leader of Port Merrow City Council has said the pay of school support staff “cannot be fixed by Port Merrow alone”, in her first public comments since teaching assistants voted to strike. Mayor Constance Teale told a full council meeting on Wednesday that the basic pay rates for support staff were agreed nationally and that the city had no power to rewrite them.',
      },
      {
        type: 'p',
        text: 'The Coastal Education Workers’ Union disputes that. It points out that the council decides how each job is graded, how many weeks a year staff are paid for, and whether preparation time is counted as working hours. Those local decisions, the union argues, make a bigger difference to a teaching assistant’s income than the national rate itself.',
      },
      {
        type: 'p',
        text: 'Mayor Teale accepted that some local flexibility existed, but said every extra week of pay for all support staff would cost the council roughly £700,000 a year. “I want to pay these staff more,” she said. “I also have to set a budget that balances, with a tram line to finish and a care system under strain. I will not make promises tonight that I cannot keep in March.”',
      },
      {
        type: 'p',
        text: 'Opposition councillors were quick to connect the dispute with reports that the cost of the Line 2 tram is about to rise again. Cllr Fenella Strachan of the Coastal Party asked how the council could find millions for “a few hundred metres of track” but not a fraction of that for the people who help children learn to read. The Merrow Greens group called for talks to begin immediately.',
      },
      {
        type: 'p',
        text: 'The union has now confirmed its first strike day for next Thursday. Maureen Ashdown, its branch secretary, said members had listened to the mayor’s speech “with interest and some frustration”. She said the union would attend talks at any time, anywhere, but that the council had not yet offered any.',
      },
    ],
  },
  {
    slug: 'picket-lines-at-school-gates-as-first-support-staff-strike-closes-12-schools',
    headline: 'Picket lines at school gates as first support staff strike closes 12 schools',
    standfirst:
      'Thousands of pupils stayed at home as teaching assistants walked out, while parents scrambled for childcare and headteachers warned that children with special needs were hardest hit.',
    section: 'news',
    authors: ['priya-halden'],
    tags: ['schools', 'strikes'],
    publishedDaysAgo: 16,
    publishedAt: '08:40',
    updatedHoursLater: 6,
    hero: {
      alt: 'Illustration of a small group of people in coats holding hand-painted placards outside a brick school gate on a bright morning',
      caption: 'Pickets gathered outside Fennick Hill Primary from 7.30am.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Twelve of Port Merrow’s council-run schools closed completely on Thursday and another 19 opened only to some year groups as teaching assistants and other support staff held their first day of strike action. By 7.30am, small groups of pickets were gathered at school gates across the city, many holding placards painted by their own children the night before.',
      },
      {
        type: 'p',
        text: 'At Fennick Hill Primary, where only the reception and Year 6 classes were open, the mood on the picket line was good-humoured but determined. Leanne Corby, a teaching assistant for fourteen years, said she had never been on strike before. “I nearly didn’t come,” she said. “Then I thought about the four hours I did last weekend making picture cards for a little lad who can’t read yet. Nobody paid me for those.”',
      },
      {
        type: 'p',
        text: 'Headteachers said the strike had exposed how much schools depend on support staff. Grace Oduya, head of Fennick Hill Primary, said that without assistants she could not safely open classes containing children with complex needs. “Those are the children who find any change hardest,” she said. “I support my staff, and I want this settled. Both things are true.”',
      },
      {
        type: 'p',
        text: 'Parents’ reactions were mixed. Some joined the pickets with flasks of tea, while others said a second day of closures would cost them a day’s wages. An online group set up by parents on Fennick Hill to share childcare gained more than 400 members in a day.',
      },
      {
        type: 'p',
        text: 'Update: On Thursday afternoon the council and the Coastal Education Workers’ Union agreed to hold their first formal talks next week. Cllr Peter Yallop said both sides would meet “without preconditions”. The union said a second strike date would still be announced, but could be called off if the talks made progress.',
      },
    ],
  },
  {
    slug: 'i-shadowed-a-teaching-assistant-for-a-day-we-pay-them-for-half-of-what-they-do',
    headline: 'I shadowed a teaching assistant for a day. We pay them for half of what they do',
    standfirst:
      'Declan Fenn spent a school day following a teaching assistant around a Saltmarsh primary. By lunchtime he was exhausted, and by home time he had changed his mind about the strike.',
    section: 'opinion',
    authors: ['declan-fenn'],
    tags: ['schools', 'strikes'],
    publishedDaysAgo: 13,
    publishedAt: '17:30',
    hero: {
      alt: 'Illustration of a tired man in a small plastic chair beside a child’s desk covered in felt-tip pens and reading cards',
      caption: 'The chairs in a Year 2 classroom are not built for columnists.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'I will confess that when the teaching assistants voted to strike, my first thought was an unworthy one. I was a school caretaker for six years, and I remember assistants as the pleasant people who helped with the reading corner and went home at three. So when a friend who works at a Saltmarsh primary challenged me to spend a day with her, I agreed, mostly so I could say I had.',
      },
      {
        type: 'p',
        text: 'She arrived at 7.50am, forty minutes before she is paid to start, to set up a quiet room for a boy who cannot cope with the noise of the morning line-up. By 9.15 she had calmed a girl having a panic attack, changed a child who had wet himself, and run a phonics group of six five-year-olds with a patience I have never shown anybody, including my own children.',
      },
      {
        type: 'p',
        text: 'At lunchtime, which she spent supervising the playground because two midday supervisors were off sick, she ate half a sandwich standing up. In the afternoon she taught a maths group while the class teacher was called to a meeting, which is not in her job description and which she did anyway, because somebody had to.',
      },
      {
        type: 'p',
        text: 'She left at 4.45pm with a bag of laminating to do at home. She earns a little over £17,000 a year. When I asked whether she would strike again, she said she hated every minute of the first day and would be back on the picket line for the second. I have known dockers with less steel in them.',
      },
      {
        type: 'p',
        text: 'I am not naive about the council’s budget, and I do not pretend the mayor has a drawer full of money she is hiding. But a city that can find millions for tram track and waterfront marinas can find a way to pay these people for the hours they actually work. My friend asked me not to name her or her school. I think that tells you something too.',
      },
    ],
  },
  {
    slug: 'school-strike-talks-break-down-over-term-time-only-contracts',
    headline: 'School strike talks break down over term-time-only contracts',
    standfirst:
      'Two days of negotiations between the council and the support staff union ended without agreement, and a second strike day has been called for next week.',
    section: 'news',
    authors: ['priya-halden'],
    tags: ['schools', 'strikes'],
    publishedDaysAgo: 10,
    publishedAt: '18:55',
    hero: {
      alt: 'Illustration of two empty chairs facing each other across a table scattered with papers and cold cups of tea',
      caption: 'The talks were held at the council’s offices on Harbour Road.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'Talks aimed at ending the strike by school support staff in Port Merrow broke down on Wednesday evening, after two days of negotiations failed to resolve the central issue of how many weeks a year teaching assistants are paid for. The Coastal Education Workers’ Union immediately announced a second strike day, to be held next Tuesday.',
      },
      {
        type: 'p',
        text: 'According to both sides, progress was made on preparation time. The council offered to pay full-time assistants for one hour a week of planning, and to review the grading of staff who support children with special educational needs. The union welcomed both proposals but said they did not go far enough on their own.',
      },
      {
        type: 'p',
        text: 'The talks foundered on term-time contracts. The union wants support staff to be paid for 42 weeks a year instead of 39, to reflect training days and work done during holidays. The council offered 40 weeks, phased in over three years, saying anything more would mean cuts elsewhere in the education budget.',
      },
      {
        type: 'quote',
        text: 'We moved a long way in those two days. The council moved about a week, and even that was spread over three years.',
        cite: 'Maureen Ashdown, branch secretary, Coastal Education Workers’ Union',
      },
      {
        type: 'p',
        text: 'Cllr Peter Yallop said he was “genuinely disappointed” and that the council’s offer was the most it could afford without reducing support for pupils. He urged union members to read the offer in full. Headteachers, who have been publicly neutral, issued a joint letter calling on both sides to return to talks before the second strike day, warning that pupils with special needs were losing the routines they depend on.',
      },
    ],
  },
  {
    slug: 'second-strike-day-brings-port-merrows-biggest-education-march-in-decades',
    headline: 'Second strike day brings Port Merrow’s biggest education march in decades',
    standfirst:
      'Thousands of teaching assistants, parents and children marched from Fennick Hill to the council offices, as the dispute over support staff pay entered its second month.',
    section: 'news',
    authors: ['priya-halden', 'ruth-abernathy'],
    tags: ['schools', 'strikes'],
    publishedDaysAgo: 4,
    publishedAt: '15:10',
    updatedHoursLater: 5,
    hero: {
      alt: 'Illustration of a long, colourful procession winding down a hill towards the sea, with banners and children on shoulders',
      caption: 'The march stretched for almost half a kilometre along Fennick Hill Road.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Several thousand people marched through Port Merrow on Tuesday on the second day of strike action by school support staff, in what organisers and veteran residents described as the city’s largest demonstration about education in decades. The procession, led by a brass band from Wexcombe, took almost an hour to wind from Fennick Hill Primary to the council offices on Harbour Road.',
      },
      {
        type: 'p',
        text: 'Police did not give an official estimate of numbers. The Coastal Education Workers’ Union put the figure at 6,000, while a count by Dateline reporters at the Clock Tower junction suggested between 3,500 and 4,000. Either way, the march was far larger than the 1,100 staff involved in the dispute, swollen by parents, grandparents, teachers from other unions and a great many children on scooters.',
      },
      {
        type: 'p',
        text: 'Fourteen schools closed completely and most others opened only in part. Outside the council offices, speakers included a Year 6 pupil from Larkmoor, who read a poem about her teaching assistant, and Maureen Ashdown of the union, who told the crowd that the council had “found the money for everything except the people who hold this city’s schools together”.',
      },
      {
        type: 'list',
        items: [
          'Union demand: pay for 42 weeks a year instead of 39.',
          'Council offer: 40 weeks, phased in over three years.',
          'Agreed in principle: one hour of paid preparation time a week.',
          'Still disputed: a regrading review for staff supporting pupils with special needs.',
        ],
      },
      {
        type: 'p',
        text: 'Mayor Constance Teale did not address the crowd but met a delegation of union representatives and parents inside the building for forty minutes. Afterwards she said the meeting had been “frank and useful” and that she had asked officers to look again at the council’s offer.',
      },
      {
        type: 'p',
        text: 'Update: On Tuesday evening the council and the union announced that talks would resume on Thursday under an independent chair, Professor Adaeze Morland of the University of Port Merrow’s business school, who has mediated several public-sector disputes in the region. No further strike dates have been set while the talks continue.',
      },
    ],
  },
  {
    slug: 'deal-reached-to-end-school-support-staff-strike-subject-to-members-vote',
    headline: 'Deal reached to end school support staff strike, subject to members’ vote',
    standfirst:
      'After fourteen hours of talks, the council and the union have agreed a package on paid weeks, preparation time and grading that the union will recommend to its members.',
    section: 'news',
    authors: ['priya-halden'],
    tags: ['schools', 'strikes', 'city-council'],
    publishedDaysAgo: 1,
    publishedAt: '09:35',
    updatedHoursLater: 3,
    hero: {
      alt: 'Illustration of two hands shaking above a table covered with children’s drawings and union leaflets',
      caption: 'The deal was agreed in the early hours of Friday morning.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'A deal to end the strike by school support staff in Port Merrow was agreed in the early hours of Friday, after talks chaired by an independent mediator ran for fourteen hours. The Coastal Education Workers’ Union said it would recommend the package to its members, who will vote over the next ten days. No further strikes will take place in the meantime.',
      },
      {
        type: 'p',
        text: 'Under the agreement, support staff will be paid for 41 weeks a year rather than 39, with the first extra week added from next April and the second a year later. Full-time assistants will receive one paid hour of preparation time each week, and staff who support children with complex special needs will have their grading reviewed by a joint panel, with any increases backdated to the start of the school year.',
      },
      {
        type: 'p',
        text: 'Staff will also receive a one-off payment of £600, which the union described as recognition of the unpaid hours worked in the past. The council estimates the total cost at £1.9m a year once fully in place, which it says will be met partly by reducing spending on agency staff, a cost that rose sharply during the dispute.',
      },
      {
        type: 'quote',
        text: 'This is not everything we asked for. But it is real money and real time, and it was won by people who had never been on a picket line before this autumn.',
        cite: 'Maureen Ashdown, branch secretary, Coastal Education Workers’ Union',
      },
      {
        type: 'p',
        text: 'Cllr Peter Yallop said the agreement was “fair, affordable and overdue” and thanked parents for their patience. Headteachers welcomed the deal, and Grace Oduya of Fennick Hill Primary said her staff room had “a great deal of cake in it this morning”.',
      },
      {
        type: 'p',
        text: 'Update: The council confirmed on Friday afternoon that the deal will need approval at a full council meeting later this month. With the Civic Alliance now short of a majority after the Saltmarsh by-election, the mayor will need support from at least one other group. The Merrow Greens and the Coastal Party have both said they will vote for it.',
      },
    ],
  },
  // ——— Port Merrow Athletic’s Brightwater Cup run ———
  {
    slug: 'port-merrow-athletic-2-saltby-town-1-late-dorran-header-sends-gulls-through',
    headline: 'Port Merrow Athletic 2 Saltby Town 1: late Dorran header sends Gulls through',
    standfirst:
      'Alfie Dorran rose highest in the 88th minute to settle a scrappy, rain-soaked Brightwater Cup third-round tie at Harbour Park and keep Athletic’s unlikely cup hopes alive.',
    section: 'sport',
    authors: ['bridget-lowe'],
    tags: ['football'],
    publishedDaysAgo: 35,
    publishedAt: '18:10',
    hero: {
      alt: 'Illustration of a footballer in a blue and white kit heading the ball under floodlights, with rain slanting across the picture',
      caption: 'Dorran’s winner came from a corner two minutes from time.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'There was nothing pretty about it, and nobody at Harbour Park cared. With two minutes left and extra time looming, Ryan Coyle swung in a corner from the Quayside End, Alfie Dorran beat two defenders to it, and his looping header crept inside the far post to send Port Merrow Athletic into the fourth round of the Brightwater Cup for the first time in nine years.',
      },
      {
        type: 'p',
        text: 'Saltby Town, who sit a division above the Gulls, had looked the more composed side for long spells on a pitch that grew heavier with every squall off the estuary. They went ahead after 23 minutes when Jonas Achterberg slid in at the back post, and only a fine double save from Marek Tillson, low to his left and then up to tip a rebound over the bar, kept the deficit to one at half-time.',
      },
      {
        type: 'p',
        text: 'Dougie Breck’s half-time changes turned the game. Kofi Lindqvist moved to the right wing, where he began to torment Saltby’s left-back, and it was his cut-back that allowed the midfielder Sam Okereke to sweep in the equaliser on the hour. From then on Athletic pressed and Saltby clung on, until Dorran’s late intervention sent 4,312 soaked supporters home happy.',
      },
      {
        type: 'quote',
        text: 'We were second best for forty-five minutes and we knew it. The lads showed a bit of Port Merrow stubbornness after the break, and that is what I want from them every week.',
        cite: 'Dougie Breck, Port Merrow Athletic manager',
      },
      {
        type: 'p',
        text: 'Port Merrow Athletic: Tillson; Hale, Coyle, Mbatha, Pryor; Okereke, Vance (Lindqvist 46), Sørensen; Doyle (Fitch 72), Dorran, Quarrie. Saltby Town: Reade; Osei, Langton, Farrant, Gill; Achterberg, Whyte, Boateng; Lyle, Pennock, Storr. Attendance: 4,312.',
      },
    ],
  },
  {
    slug: 'gulls-draw-hollin-vale-united-at-home-in-brightwater-cup-fourth-round',
    headline: 'Gulls draw Hollin Vale United at home in Brightwater Cup fourth round',
    standfirst:
      'Port Merrow Athletic will host the two-time cup winners at Harbour Park, a tie that revives memories of a famous night in 1987 and could bring a sell-out crowd to the harbour.',
    section: 'sport',
    authors: ['bridget-lowe'],
    tags: ['football'],
    publishedDaysAgo: 33,
    publishedAt: '13:00',
    hero: {
      alt: 'Illustration of numbered balls tumbling out of a velvet bag onto a table, with two club crests glowing in the background',
      caption: 'The draw was made live on Monday lunchtime.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Port Merrow Athletic have been drawn at home to Hollin Vale United in the fourth round of the Brightwater Cup, giving Harbour Park its most glamorous fixture in more than a decade. Hollin Vale, two divisions above the Gulls, have won the competition twice and reached the semi-finals last season.',
      },
      {
        type: 'p',
        text: 'The tie brings back memories for older supporters. In 1987 the two clubs met at the same stage, and a young Athletic side led by the late Bernie Callan held Hollin Vale to a goalless draw at Harbour Park before losing the replay. Callan’s shirt from that night still hangs in the club bar, and the manager, Dougie Breck, said his players would be reminded of it.',
      },
      {
        type: 'p',
        text: 'The club expects to sell all 6,800 tickets and has asked the council for permission to put up temporary seating behind the Quayside End. Season-ticket holders will get first refusal until Thursday, with remaining tickets going on general sale on Saturday morning from the club shop on Harbour Road.',
      },
      {
        type: 'quote',
        text: 'You want the big teams in the cup, and you want them here, in the wind, with the gulls screaming and the crowd on top of them. This is exactly the draw we hoped for.',
        cite: 'Ade Fairweather, Port Merrow Athletic chairman',
      },
      {
        type: 'p',
        text: 'The match will be played a week on Saturday, with a 3pm kick-off. Bluewake Ferries has said it will run an extra late crossing to Gullhaven after the game for supporters on the far side of the estuary.',
      },
    ],
  },
  {
    slug: 'port-merrow-athletic-3-hollin-vale-united-3-tillson-the-shootout-hero',
    headline: 'Port Merrow Athletic 3 Hollin Vale United 3 (5–4 on pens): Tillson the shootout hero',
    standfirst:
      'Marek Tillson saved two penalties as the Gulls came from behind twice against the two-time winners and then held their nerve to reach the Brightwater Cup quarter-finals.',
    section: 'sport',
    authors: ['bridget-lowe'],
    tags: ['football'],
    publishedDaysAgo: 21,
    publishedAt: '19:05',
    hero: {
      alt: 'Illustration of a goalkeeper in a bright green shirt diving full stretch across the goal, with a packed stand behind him',
      caption: 'Tillson dives to save Hollin Vale’s fifth penalty.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'They will talk about this one in the pubs of Saltmarsh for years. Port Merrow Athletic, two divisions below their visitors and behind twice, fought back to draw 3–3 with Hollin Vale United after extra time, and then Marek Tillson saved two penalties in the shootout to send the Gulls into the quarter-finals of the Brightwater Cup in front of a sell-out Harbour Park.',
      },
      {
        type: 'p',
        text: 'Hollin Vale’s class showed early. Their captain, Theo Mwangi, curled in a free kick after eleven minutes and, although Alfie Dorran equalised from close range before the break, the visitors restored their lead through Danny Roscoe shortly after half-time. It took a Kofi Lindqvist run from his own half and a deflected shot in the 81st minute to force extra time.',
      },
      {
        type: 'p',
        text: 'Extra time was chaotic. Hollin Vale went 3–2 up with a header from a corner, and the temporary stand behind the Quayside End fell silent. Then, with four minutes left, the substitute Callum Fitch, a 19-year-old who works part-time in his father’s chandlery, hooked in a loose ball from eight yards. The noise could be heard on the Gullhaven ferry.',
      },
      {
        type: 'p',
        text: 'In the shootout, Tillson guessed right twice, saving from Roscoe and then, at 4–4, from Mwangi. Ryan Coyle, the captain, stepped up to take the decisive kick and sent the goalkeeper the wrong way. Tillson, who was released by Hollin Vale as a teenager, admitted afterwards that the result “meant a little bit more than usual”.',
      },
      {
        type: 'p',
        text: 'Port Merrow Athletic: Tillson; Hale, Coyle, Mbatha, Pryor; Okereke, Vance (Fitch 96), Sørensen; Lindqvist, Dorran, Quarrie (Doyle 70). Hollin Vale United: Baptiste; Kerr, Adeyemi, Hollis, Marsh; Mwangi, Crane, Delacroix; Roscoe, Tierney, Fulton. Attendance: 6,800.',
      },
    ],
  },
  {
    slug: 'brightwater-cup-run-could-be-worth-400000-to-port-merrow-athletic',
    headline: 'Brightwater Cup run could be worth £400,000 to Port Merrow Athletic',
    standfirst:
      'Prize money, gate receipts and a televised quarter-final could double the club’s annual profit, and businesses around Harbour Park say they are feeling the benefit too.',
    section: 'business',
    authors: ['owen-mcardle', 'bridget-lowe'],
    tags: ['football', 'jobs'],
    publishedDaysAgo: 16,
    publishedAt: '07:15',
    hero: {
      alt: 'Illustration of a football made of banknotes sitting on a ledger book beside a pint glass and a club scarf',
      caption: 'The cup run has brought a welcome boost to the club’s finances.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Port Merrow Athletic’s run to the quarter-finals of the Brightwater Cup could be worth around £400,000 to the club, according to estimates based on its latest accounts and the competition’s published prize fund. For a club whose annual turnover was £2.1m last year, and which made a profit of just £38,000, the windfall is significant.',
      },
      {
        type: 'p',
        text: 'The biggest single element is prize money, which rises with each round and will reach £180,000 if the Gulls win their quarter-final. Gate receipts from the sell-out fourth-round tie against Hollin Vale United brought in roughly £95,000, shared between the two clubs. The quarter-final has been chosen for live television, worth a further £75,000 in broadcast fees.',
      },
      {
        type: 'p',
        text: 'The club’s chairman, Ade Fairweather, said the money would not be spent on players’ wages. Instead it will go towards replacing the floodlights, which are forty years old, and expanding the club’s youth academy, which currently trains its young players on a council pitch in Larkmoor shared with three Sunday league teams.',
      },
      {
        type: 'p',
        text: 'The effect is being felt beyond the ground. The Crow’s Nest café, which faces Harbour Park, said its takings on the day of the Hollin Vale match were the highest in its history. Two pubs on Harbour Road took on extra bar staff, and the club shop sold out of home shirts within a week and has placed an emergency order with its supplier.',
      },
      {
        type: 'p',
        text: 'There is a note of caution in the figures, however. Cup money is by definition a one-off, and the club’s accounts show it relies heavily on an annual loan from Fairweather himself. Supporters’ trust members say they want the windfall used to reduce that dependence, so that the club is not at the mercy of one man’s generosity when the cup run ends.',
      },
    ],
  },
  {
    slug: 'dunmarsh-city-0-port-merrow-athletic-1-gulls-stun-league-leaders',
    headline: 'Dunmarsh City 0 Port Merrow Athletic 1: Gulls stun league leaders to reach semi-finals',
    standfirst:
      'Kofi Lindqvist’s solo goal and a defensive performance of astonishing discipline took Athletic into the last four of the Brightwater Cup for the first time in the club’s history.',
    section: 'sport',
    authors: ['bridget-lowe'],
    tags: ['football'],
    publishedDaysAgo: 7,
    publishedAt: '21:55',
    updatedHoursLater: 2,
    hero: {
      alt: 'Illustration of a winger sprinting past a sliding defender across a vast stadium pitch, with a small cluster of blue and white fans in one corner',
      caption: 'Lindqvist runs clear to score the only goal of the game.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Port Merrow Athletic are in the semi-finals of the Brightwater Cup. Those words have never been written before, and on Saturday evening, in a corner of Dunmarsh City’s vast stadium, 2,400 travelling supporters sang them over and over until the stewards gave up trying to clear the away end.',
      },
      {
        type: 'p',
        text: 'The winning goal came after 57 minutes and was worth the 200-mile round trip on its own. Kofi Lindqvist collected a clearance on the halfway line, turned away from the Dunmarsh captain, ran forty yards with the ball apparently tied to his boot, and slid it under the advancing goalkeeper. Dunmarsh, who lead their division by eight points, had 71% of possession and 19 shots. None of it mattered.',
      },
      {
        type: 'p',
        text: 'Dougie Breck’s side defended as if their lives depended on it. Ryan Coyle and Thabo Mbatha blocked everything in the air, the midfield three ran until they could barely stand, and Marek Tillson made two outstanding saves in stoppage time. When the final whistle went, several Athletic players simply lay down on the turf.',
      },
      {
        type: 'quote',
        text: 'I have been in football thirty years and I have never been prouder of a group of players. They gave everything they had and then found a bit more.',
        cite: 'Dougie Breck, Port Merrow Athletic manager',
      },
      {
        type: 'p',
        text: 'Update: In the semi-final draw, made on Saturday night, Port Merrow Athletic were paired with Castlereach Albion. The tie will be played at the neutral Ashworth Park in Brackenford in a fortnight’s time. The club has been allocated around 9,000 tickets.',
      },
    ],
  },
  {
    slug: 'port-merrow-rarely-gets-to-win-things-let-us-enjoy-this-cup-run-without-apology',
    headline: 'Port Merrow rarely gets to win things. Let us enjoy this cup run without apology',
    standfirst:
      'A tram overspend, a strike and a fight over the harbour have made this a bruising autumn. Declan Fenn says the city has earned a fortnight of daft, unashamed football joy.',
    section: 'opinion',
    authors: ['declan-fenn'],
    tags: ['football'],
    publishedDaysAgo: 5,
    publishedAt: '18:00',
    hero: {
      alt: 'Illustration of a harbour town at dusk with blue and white bunting strung between lamp posts and a dog in a scarf',
      caption: 'Bunting has gone up along Harbour Road since the quarter-final win.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'My father took me to Harbour Park for the first time in 1987, the year we drew with Hollin Vale and lost the replay. I remember the cold, the smell of onions from the burger van, and my father telling me on the walk home that “this is what being a Gulls fan is: nearly”. For most of the years since, he has been right. This autumn, for once, he is wrong.',
      },
      {
        type: 'p',
        text: 'There are people who will tell you it is only football, and that a city with a housing crisis and a half-finished tram has better things to think about. They are not wrong, exactly. I have written about those things in this column, and I will write about them again next week. But a city is not a spreadsheet, and its mood matters more than economists like to admit.',
      },
      {
        type: 'p',
        text: 'Walk down Harbour Road this week and you will see what I mean. Bunting in the windows of the chandlery. A hand-painted sign on the fish market reading “Lindqvist for mayor”. Strangers talking to each other at bus stops about a left-back. The teaching assistants who have walked out of our schools this autumn and the councillors they have been protesting against are, briefly, on the same side.',
      },
      {
        type: 'p',
        text: 'I do not know whether Athletic will beat Castlereach Albion. The bookmakers think not, and the bookmakers have usually been right about us. But I do know that I will be at Ashworth Park in a scarf older than some of the players, and that if we lose I will still be glad I went.',
      },
      {
        type: 'p',
        text: 'So, to anyone tempted to roll their eyes at all this: please do not. Let a city that rarely wins enjoy this one. The arguments about trams and harbours will still be there on Monday morning. For one Saturday afternoon, let us all be nearly something else.',
      },
    ],
  },
  {
    slug: 'lindqvist-races-to-be-fit-for-semi-final-after-hamstring-scare',
    headline: 'Lindqvist races to be fit for semi-final after hamstring scare',
    standfirst:
      'The winger who scored Athletic’s quarter-final winner limped off in training on Monday, and the club’s physiotherapists say the next seven days will decide whether he plays.',
    section: 'sport',
    authors: ['bridget-lowe'],
    tags: ['football', 'health'],
    publishedDaysAgo: 2,
    publishedAt: '17:40',
    hero: {
      alt: 'Illustration of a footballer sitting on a treatment table with an ice pack strapped to the back of his thigh, looking out of a window',
      caption: 'Lindqvist is receiving daily treatment at the club’s training ground.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Kofi Lindqvist faces a race against time to be fit for Port Merrow Athletic’s Brightwater Cup semi-final after pulling up with a hamstring problem in training. The winger, whose solo goal knocked out Dunmarsh City in the quarter-final, felt a tightness in his left thigh during a sprinting drill on Monday morning and was helped from the pitch.',
      },
      {
        type: 'p',
        text: 'A scan on Monday afternoon showed a mild strain rather than a tear, which the club described as “the best of the bad news”. Hamstring strains of that grade usually take between one and three weeks to heal, and the semi-final against Castlereach Albion is nine days away. The club’s head of medical, Ros Tennant, said no decision would be taken until the day before the match.',
      },
      {
        type: 'p',
        text: 'Tennant explained that the risk with hamstring injuries is less the first strain than a second one. “If we rush him back and he goes again, he could be out for two months,” she said. “He will do everything we ask, in the right order, and we will only pick him if he can sprint flat out without thinking about it.”',
      },
      {
        type: 'p',
        text: 'Dougie Breck said he would not gamble on a half-fit player, however important the game. “Kofi is 23 and has a long career ahead of him,” he said. “I would love him on the pitch at Ashworth Park, but not at the cost of his season.” Callum Fitch, the teenage substitute who scored against Hollin Vale, is the most likely replacement.',
      },
      {
        type: 'p',
        text: 'Elsewhere in the squad, the club said there were no new injury concerns. Thabo Mbatha has recovered from the dead leg he suffered at Dunmarsh, and the defender Ollie Pryor has completed a one-match suspension for yellow cards and will be available for selection.',
      },
    ],
  },
  {
    slug: 'gulls-fans-snap-up-9000-semi-final-tickets-in-under-an-hour',
    headline: 'Gulls fans snap up 9,000 semi-final tickets in under an hour',
    standfirst:
      'Port Merrow Athletic’s entire allocation for the Brightwater Cup semi-final sold out before breakfast, and the club is now asking the organisers for more.',
    section: 'sport',
    authors: ['bridget-lowe'],
    tags: ['football'],
    publishedDaysAgo: 0,
    publishedAt: '09:20',
    hero: {
      alt: 'Illustration of a long queue of people in blue and white scarves snaking along a seafront at sunrise towards a small ticket window',
      caption: 'Some supporters queued outside the club shop overnight.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Port Merrow Athletic sold their entire allocation of 9,000 tickets for the Brightwater Cup semi-final in 52 minutes on Saturday morning, the fastest sale in the club’s history. The online ticket office crashed twice in the first ten minutes, and a queue outside the club shop on Harbour Road stretched past the Crow’s Nest café and around the corner onto the seafront.',
      },
      {
        type: 'p',
        text: 'The first people in the queue had arrived at 9pm on Friday with camping chairs, flasks and, in one case, a small barbecue. Doreen Haskett, 74, who has held a season ticket since 1968, was handed a complimentary ticket by the chairman, Ade Fairweather, after staff realised she had been waiting since before midnight.',
      },
      {
        type: 'p',
        text: 'The club has asked the competition organisers to release more of Ashworth Park’s 31,000 seats, pointing out that Castlereach Albion have not yet sold their own allocation. A decision is expected early next week. Athletic have also asked supporters without tickets not to travel to Brackenford, and are arranging for the match to be shown on a big screen at Harbour Park.',
      },
      {
        type: 'p',
        text: 'Travel will be a challenge. Coach operators in the region say they have been booked out, and the rail company has added two extra trains from Port Merrow Central. Bluewake Ferries will run its first Gullhaven crossing an hour early on the day so that supporters from across the estuary can make the connections.',
      },
      {
        type: 'p',
        text: 'There was better news on the fitness front. Kofi Lindqvist returned to light running on Thursday and, according to the club, came through the session “without any reaction”. He will step up to sprinting next week if all goes to plan.',
      },
    ],
  },
  // ——— The heatwave ———
  {
    slug: 'amber-heat-warning-issued-as-port-merrow-braces-for-temperatures-of-33c',
    headline: 'Amber heat warning issued as Port Merrow braces for temperatures of 33C',
    standfirst:
      'Forecasters expect the hottest spell on the Merrow coast for decades, with little relief overnight. Health officials are urging people to check on elderly neighbours.',
    section: 'news',
    authors: ['yusuf-amari'],
    tags: ['heatwave', 'climate', 'health'],
    publishedDaysAgo: 17,
    publishedAt: '11:20',
    hero: {
      alt: 'Illustration of a seafront shimmering under a white-hot sky, with striped deckchairs and a thermometer-shaped lighthouse',
      caption: 'Temperatures are expected to peak on Friday.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'An amber heat health warning has been issued for Port Merrow and the Merrow Estuary from Thursday until at least Sunday, with forecasters predicting temperatures of up to 33C in the city centre on Friday. If that forecast is correct, it would break the city’s record of 32.8C, set in the summer of 1990, and make this the most intense heatwave the coast has seen in living memory.',
      },
      {
        type: 'p',
        text: 'The Coastal Weather Service said a slow-moving area of high pressure would draw hot air north over unusually warm seas. Nights will offer little relief, with temperatures in the city centre unlikely to fall below 21C. Sea breezes should keep Tarrow Sands and Gullhaven a few degrees cooler during the day, though forecasters warned that the breeze may fail altogether on Friday afternoon.',
      },
      {
        type: 'p',
        text: 'Port Merrow’s director of public health, Dr Amara Lindfield, said the greatest risk was to older people living alone, babies, and people with heart or lung conditions. The council is opening four “cool rooms” in libraries and community centres, and has extended the opening hours of the Tarrow Sands lido. Her advice is simple:',
      },
      {
        type: 'list',
        items: [
          'Keep curtains closed on windows that face the sun, and open them at night if it is cooler outside.',
          'Drink water regularly, even if you do not feel thirsty.',
          'Avoid strenuous exercise between 11am and 3pm.',
          'Never leave children or animals in a parked car.',
          'Call or visit anyone you know who lives alone.',
        ],
      },
      {
        type: 'p',
        text: 'Schools will stay open, but headteachers have been told they can relax uniform rules and cancel outdoor sports. Bluewake Ferries said it would carry extra water on board its Gullhaven crossings, and the city’s water company asked customers to avoid using hosepipes to protect supplies.',
      },
    ],
  },
  {
    slug: 'port-merrow-breaks-its-temperature-record-as-kestle-point-hits-34-1c',
    headline: 'Port Merrow breaks its temperature record as Kestle Point hits 34.1C',
    standfirst:
      'The weather station at the lighthouse recorded the highest temperature in the city since records began, beating the previous high by more than a degree.',
    section: 'news',
    authors: ['yusuf-amari', 'ruth-abernathy'],
    tags: ['heatwave', 'climate'],
    publishedDaysAgo: 15,
    publishedAt: '15:10',
    updatedHoursLater: 7,
    hero: {
      alt: 'Illustration of a white lighthouse on a rocky point, with heat haze rippling the sky and a small weather station in the foreground',
      caption: 'The record was set at the weather station beside Kestle Point lighthouse.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Port Merrow recorded its highest temperature on record on Friday afternoon, when the thermometer at the Kestle Point weather station reached 34.1C at 2.40pm. The reading beats the previous record of 32.8C, set in 1990, by more than a degree, and was higher than the forecast that prompted this week’s amber warning.',
      },
      {
        type: 'p',
        text: 'Across the city, the heat was hard to escape. Queues for the Tarrow Sands lido stretched along the promenade by mid-morning, tarmac softened on Harbour Road, and several shops on Brindle Street closed early after their staff complained of dizziness. At the fish market, which usually winds down by lunchtime, traders hosed down the quay to keep it cool.',
      },
      {
        type: 'p',
        text: 'The record is all the more remarkable because Kestle Point is one of the coolest places in the region, exposed to sea breezes on three sides. That the breeze failed entirely on Friday afternoon, allowing hot air from inland to spill over the headland, is what made the reading possible.',
      },
      {
        type: 'quote',
        text: 'A single hot day is weather. What we are seeing here is the same pattern that has made records like this more frequent all over the world. The old record lasted more than thirty years. I would not bet on this one lasting as long.',
        cite: 'Dr Sunita Varga, oceanographer, University of Port Merrow',
      },
      {
        type: 'p',
        text: 'Update: On Friday evening the Coastal Weather Service confirmed the reading after checking the station’s equipment, making it the official record. It said temperatures would ease slightly over the weekend, but that the amber warning would remain in place until Monday morning.',
      },
    ],
  },
  {
    slug: 'what-is-a-marine-heatwave-and-why-is-calder-bay-so-warm-this-week',
    headline: 'What is a marine heatwave, and why is Calder Bay so warm this week?',
    standfirst:
      'The sea off Port Merrow is running four degrees above normal. Here is what is happening beneath the surface, and why it matters for fish, seagrass and the people who depend on them.',
    section: 'science',
    authors: ['yusuf-amari'],
    tags: ['heatwave', 'climate', 'wildlife'],
    publishedDaysAgo: 14,
    publishedAt: '09:00',
    hero: {
      alt: 'Illustration of a cross-section of the sea, with a warm orange layer on top and cooler blue water below, fish gathering in the deeper layer',
      caption: 'Warm water is sitting in a thin layer at the surface of the bay.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'When most of us talk about a heatwave, we mean the air. But the sea can have heatwaves too, and Calder Bay is in the middle of one. Buoys maintained by the University of Port Merrow recorded a surface temperature of 21.4C on Friday, around four degrees above the average for the time of year. For a stretch of coast that rarely sees the sea top 18C, that is a very large jump.',
      },
      {
        type: 'h2',
        text: 'What counts as a marine heatwave?',
      },
      {
        type: 'p',
        text: 'Scientists define a marine heatwave as a period of at least five days when sea temperatures are unusually high compared with the long-term record for that place and time of year. The definition is relative on purpose. A temperature that would be normal in a tropical lagoon can be devastating for a cold-water ecosystem that has never experienced it.',
      },
      {
        type: 'p',
        text: 'This one has several causes working together. Weeks of calm, sunny weather have heated the surface while light winds have failed to mix it with cooler water below. The bay is shallow and sheltered, so it warms quickly. And the whole of the surrounding ocean has been running warmer than usual for months, giving the heatwave a higher starting point.',
      },
      {
        type: 'p',
        text: 'The effects are already visible. Fishermen report that mackerel have moved into deeper, cooler water, and divers say parts of the seagrass meadow off Tarrow Sands look stressed. Warm, calm water can also fuel blooms of algae and jellyfish, and lower the amount of oxygen available to animals living on the seabed.',
      },
      {
        type: 'p',
        text: 'Marine heatwaves usually end when the weather changes and strong winds stir up the water. Dr Sunita Varga, an oceanographer at the university, expects that to happen within a week or so. The bigger question, she says, is what happens when such events arrive every summer rather than once in a generation, which is what climate models suggest for this coast.',
      },
    ],
  },
  {
    slug: 'merrow-estuary-regatta-moves-start-to-dawn-as-heat-forces-schedule-rethink',
    headline: 'Merrow Estuary Regatta moves start to dawn as heat forces schedule rethink',
    standfirst:
      'Sunday’s races will begin at 6am and finish before the worst of the heat, with water stations on every pontoon and a shorter course for junior crews.',
    section: 'sport',
    authors: ['bridget-lowe'],
    tags: ['rowing', 'heatwave'],
    publishedDaysAgo: 14,
    publishedAt: '16:00',
    hero: {
      alt: 'Illustration of rowing boats lined up on a glassy estuary at sunrise, with mist lifting off the water',
      caption: 'The first races will start as the sun comes up over the estuary.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'The Merrow Estuary Regatta will start at 6am on Sunday, four hours earlier than planned, after organisers decided that racing through the middle of the day would put rowers and volunteers at risk. The final races are now due to finish by 11am, before temperatures are expected to climb back above 30C.',
      },
      {
        type: 'p',
        text: 'More than 60 crews from 14 clubs are entered in what is the oldest regular event on the estuary, first held in 1871. The organising committee said it had considered cancelling altogether but decided that, with the right precautions, the regatta could go ahead safely. Junior races will be shortened from 1,500 metres to 1,000 metres.',
      },
      {
        type: 'p',
        text: 'Water stations will be set up on every pontoon, and medical volunteers from St Ilda’s Hospital will be stationed at the start and finish. Crews have been told to arrive with their boats already rigged, and any rower showing signs of heat illness will be withdrawn without argument, the regatta’s chair, Graham Tullidge, said.',
      },
      {
        type: 'quote',
        text: 'Rowers are a stubborn lot and they will row through anything if you let them. This year we are not letting them.',
        cite: 'Graham Tullidge, chair, Merrow Estuary Regatta',
      },
      {
        type: 'p',
        text: 'The change means the prize-giving, usually a long afternoon in the garden of the Old Quay Rowing Club, will now be held in the shade of the boathouse at 11.30am. Spectators are advised to bring water, hats and patience: the early start means the Harbour Road car parks will open at 5am.',
      },
    ],
  },
  {
    slug: 'st-ildas-hospital-sees-heat-related-admissions-double-in-three-days',
    headline: 'St Ilda’s Hospital sees heat-related admissions double in three days',
    standfirst:
      'Doctors say most patients are older people who became dehydrated at home, and warn that the danger will not pass the moment temperatures start to fall.',
    section: 'news',
    authors: ['ruth-abernathy'],
    tags: ['heatwave', 'health'],
    publishedDaysAgo: 13,
    publishedAt: '12:40',
    updatedHoursLater: 7,
    hero: {
      alt: 'Illustration of a hospital corridor with electric fans on every trolley and nurses moving briskly in pale blue scrubs',
      caption: 'Staff at St Ilda’s have brought in extra fans to cool the wards.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'The number of people admitted to St Ilda’s Hospital with illnesses linked to the heat has doubled since Thursday, according to figures shared with Dateline. The hospital admitted 47 patients with heat-related conditions in the three days to Saturday evening, compared with 23 in the previous three days, and its emergency department has been operating at full stretch.',
      },
      {
        type: 'p',
        text: 'Dr Niamh Carrow, a consultant in emergency medicine, said most patients were older people who had become dehydrated or confused at home, often after several nights of poor sleep in overheated flats. A smaller number were younger people who had collapsed after exercising or working outdoors in the middle of the day, including two roofers and a postman.',
      },
      {
        type: 'quote',
        text: 'The people I worry about most are the ones who do not come in. Heat is quiet. It does not knock the door down; it wears people out over several days, and by the time they are found they are very unwell.',
        cite: 'Dr Niamh Carrow, consultant in emergency medicine, St Ilda’s Hospital',
      },
      {
        type: 'p',
        text: 'The hospital has postponed some planned operations to free up beds, and brought in portable air-conditioning units for the wards that face south, where temperatures reached 29C on Friday afternoon. Staff have been given extra breaks and ice lollies have been handed out on the children’s ward.',
      },
      {
        type: 'p',
        text: 'Update: On Sunday evening the hospital said admissions had begun to level off as temperatures eased, but warned that the effects of heat on the body can last for several days. It urged people to keep checking on elderly relatives and neighbours, particularly those living alone in top-floor flats.',
      },
    ],
  },
  {
    slug: 'old-quay-eight-take-the-merrow-plate-as-regatta-beats-the-heat-at-dawn',
    headline: 'Old Quay eight take the Merrow Plate as regatta beats the heat at dawn',
    standfirst:
      'The home club’s women’s crew won the regatta’s oldest trophy by a length in the cool of early morning, capping a season in which they have barely been beaten.',
    section: 'sport',
    authors: ['bridget-lowe'],
    tags: ['rowing', 'heatwave'],
    publishedDaysAgo: 13,
    publishedAt: '18:30',
    hero: {
      alt: 'Illustration of a women’s rowing eight crossing a finish line of buoys, oars raised, with a silver cup glinting on the bank',
      caption: 'The Old Quay women’s eight cross the line a length clear.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'At 9.40am on Sunday, with the sun already hot on the back of the neck, the Old Quay Rowing Club women’s eight crossed the finish line off the Harbourmaster’s House a length clear of Wexcombe to win the Merrow Plate, the oldest trophy at the Merrow Estuary Regatta. It was the club’s first win in the event for more than a decade, and the loudest cheer of a strange, early morning.',
      },
      {
        type: 'p',
        text: 'The decision to start at dawn was vindicated. Racing began in near-perfect conditions, on flat water under a pale sky, and the organisers completed the entire programme by 10.50am. By the time the prize-giving began, the temperature on the pontoons had passed 30C and most spectators had retreated to the shade of the boathouse.',
      },
      {
        type: 'p',
        text: 'Old Quay led from the start in the final, rating a high 38 strokes a minute off the line and settling into a long, powerful rhythm that Wexcombe could not match. The stroke, Mina Castellane, a 26-year-old physiotherapist, said the crew had practised early starts all week. “We’re used to being on the water at six,” she said. “We just usually aren’t racing.”',
      },
      {
        type: 'list',
        items: [
          'Merrow Plate (women’s eights): Old Quay RC beat Wexcombe ARC by one length.',
          'Estuary Cup (men’s eights): Gullhaven RC beat Old Quay RC by three-quarters of a length.',
          'Junior quadruple sculls: Saltmarsh Academy beat Fennick Hill School by two lengths.',
          'Veterans’ fours: Wexcombe ARC beat Tarrow Sands RC by a canvas.',
        ],
      },
      {
        type: 'p',
        text: 'Two rowers were treated by medical volunteers for mild heat exhaustion, and both recovered quickly. The regatta’s chair, Graham Tullidge, said the early start might become a permanent feature. “Everyone grumbled about the alarm clock,” he said, “and everyone had a wonderful time.”',
      },
    ],
  },
  {
    slug: 'jellyfish-on-tarrow-sands-what-beachgoers-need-to-know-after-the-heatwave',
    headline: 'Jellyfish on Tarrow Sands: what beachgoers need to know after the heatwave',
    standfirst:
      'Thousands of moon jellyfish and a smaller number of stinging species have washed up along the bay. Most are harmless, but a few deserve respect, and here is how to tell them apart.',
    section: 'science',
    authors: ['yusuf-amari'],
    tags: ['wildlife', 'heatwave'],
    publishedDaysAgo: 12,
    publishedAt: '10:15',
    hero: {
      alt: 'Illustration of translucent jellyfish stranded along a wavy tide line on a golden beach, with a child crouching to look at one',
      caption: 'Moon jellyfish are recognisable by the four rings visible through their bells.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'Anyone walking along Tarrow Sands this week will have noticed the jellyfish. Thousands have washed up along the tide line, their bells glistening like dropped contact lenses, and lifeguards have fielded a steady stream of questions from nervous parents. The bloom is almost certainly a consequence of the marine heatwave in Calder Bay, and the vast majority of the animals pose no threat at all.',
      },
      {
        type: 'p',
        text: 'Jellyfish thrive in warm, calm water rich in plankton, exactly the conditions the bay has offered for the past fortnight. Many species grow faster in warmer water, and their young can survive in greater numbers. When the wind finally picked up over the weekend, it pushed large numbers towards the shore, where they were stranded by the falling tide.',
      },
      {
        type: 'p',
        text: 'Most of those on the beach are moon jellyfish, which are easy to recognise by the four pale rings visible through the top of the bell. Their sting is too weak to penetrate human skin. A smaller number are compass jellyfish, marked with brown V-shaped lines, and these can give a painful sting, as can the long-tentacled lion’s mane, a few of which have been spotted near the rocks at the southern end.',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Do not touch stranded jellyfish with bare hands, even if they look dead.',
          'If you are stung, rinse the area with seawater, not fresh water.',
          'Remove any tentacles carefully with tweezers or the edge of a bank card.',
          'Soak the area in hot water, as hot as is comfortable, for around half an hour.',
          'Seek medical help if you have difficulty breathing or the pain spreads.',
        ],
      },
      {
        type: 'p',
        text: 'Dateline asked the university’s marine biologists whether the bloom is a warning sign. Their answer is cautious. One bloom proves little, but a pattern of bigger and more frequent blooms could indicate a shift in the balance of the bay, with fewer fish to eat the jellyfish and more warm summers to help them breed. Volunteers are recording sightings on the university’s website.',
      },
    ],
  },
  {
    slug: 'our-city-was-built-for-rain-heat-needs-a-plan-not-just-a-warning',
    headline: 'Our city was built for rain. Heat needs a plan, not just a warning',
    standfirst:
      'The heatwave is over, and the temptation is to forget it. Declan Fenn has spent a week in a top-floor flat with the windows open and thinks Port Merrow cannot afford to.',
    section: 'opinion',
    authors: ['declan-fenn'],
    tags: ['heatwave', 'climate'],
    publishedDaysAgo: 10,
    publishedAt: '18:00',
    hero: {
      alt: 'Illustration of a terraced street of tall narrow houses with every window flung open and a man fanning himself with a newspaper on a balcony',
      caption: 'Most homes in Port Merrow were built to keep heat in, not out.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Port Merrow was built by people who feared the cold and the wet, and who had good reason to. Our terraces huddle together against the wind. Our windows are small and face the sun whenever they can. Our roofs are slate, which holds heat like a storage heater. For two hundred years these were sensible choices. Last week, they turned my flat into an oven.',
      },
      {
        type: 'p',
        text: 'I live on the top floor of a Victorian terrace in Saltmarsh. At 3am on the night after the record, the thermometer in my bedroom read 28C. I lay on the floor, which was marginally cooler, and thought about the elderly woman in the flat below, who does not like to bother anybody. I knocked on her door the next morning. She had been sleeping in her bath.',
      },
      {
        type: 'p',
        text: 'The council did what it could at short notice, and the cool rooms in the libraries were a good idea. But a warning and four cool rooms are an emergency response, not a plan. If the scientists are right, and I have no reason to think they are not, this was not a freak. It was a preview.',
      },
      {
        type: 'p',
        text: 'A plan would look at which streets have no trees and plant some. It would make sure every care home and school has at least one room that stays cool. It would change planning rules so that new homes, including the 900 at Anchorage Quay, are designed for hot summers as well as wet winters. And it would keep a list of people like my neighbour, so that somebody knocks on their door before it is too late.',
      },
      {
        type: 'p',
        text: 'None of this is glamorous, and none of it will win anybody a by-election. But the next heatwave will not wait for a convenient moment. I would rather we were ready for it than writing another record-breaking headline about how unprepared we were.',
      },
    ],
  },
  {
    slug: 'old-quay-womens-eight-set-course-record-on-the-estuary-in-final-tune-up',
    headline: 'Old Quay women’s eight set course record on the estuary in final tune-up',
    standfirst:
      'A blistering time trial on a still evening has made the home crew favourites for the Merrow Plate, the estuary regatta’s oldest trophy, for the first time in over a decade.',
    section: 'sport',
    authors: ['bridget-lowe'],
    tags: ['rowing'],
    publishedDaysAgo: 30,
    publishedAt: '20:15',
    hero: {
      alt: 'Illustration of a long thin rowing boat slicing through calm pink water at sunset, its wake spreading behind in neat lines',
      caption: 'The crew set their record on a calm evening with the tide in their favour.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'The Old Quay Rowing Club women’s eight broke the course record for the 2,000-metre estuary course on Thursday evening, covering the distance from the Gullhaven ferry slip to the Harbourmaster’s House in six minutes and 41 seconds. The previous record, set by a university crew in 2015, stood at six minutes and 49 seconds.',
      },
      {
        type: 'p',
        text: 'Conditions were close to perfect, with a flat calm and the last of the flood tide running in the crew’s favour, and the club’s coach, Helen Sorrell, was quick to play down the significance of the time. “Tide and weather were worth a few seconds, at least,” she said. “But you still have to pull the boat through the water, and they pulled it beautifully.”',
      },
      {
        type: 'p',
        text: 'The crew is an unusual mix. It includes a physiotherapist, two students, a harbour pilot, a primary school teacher and a 44-year-old grandmother who took up rowing after her children left home. They train six mornings a week on the estuary before work, and have won every race they have entered this season except one, when a seat broke mid-race.',
      },
      {
        type: 'quote',
        text: 'We don’t talk about the Plate. We talk about the next stroke, and then the one after that. If we get enough of those right, the Plate will take care of itself.',
        cite: 'Mina Castellane, stroke, Old Quay Rowing Club',
      },
      {
        type: 'p',
        text: 'The Merrow Estuary Regatta takes place in just over a fortnight. Old Quay have not won its women’s eights event since 2013, and have finished second to Wexcombe in each of the past three years. On this evidence, that sequence may be about to end.',
      },
    ],
  },
  // ——— The Saltmarsh by-election ———
  {
    slug: 'saltmarsh-by-election-called-after-councillors-move-to-gullhaven',
    headline: 'Saltmarsh by-election called after councillor’s move to Gullhaven',
    standfirst:
      'Gordon Hale’s resignation leaves the ruling Civic Alliance defending a marginal seat, and its majority of one, at the height of the row over the future of the harbour.',
    section: 'politics',
    authors: ['ines-calloway'],
    tags: ['local-election', 'city-council'],
    publishedDaysAgo: 24,
    publishedAt: '13:45',
    hero: {
      alt: 'Illustration of a ballot box standing on a quayside bollard, with terraced houses and fishing boats behind it',
      caption: 'Saltmarsh ward covers the streets closest to Anchorage Quay.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'A by-election will be held in the Saltmarsh ward of Port Merrow City Council in three weeks’ time, after the Civic Alliance councillor Gordon Hale resigned to move across the estuary to Gullhaven. Mr Hale, who has represented the ward for nine years, said he was leaving to care for his mother, who is 91, and that the decision had been “the hardest of my life”.',
      },
      {
        type: 'p',
        text: 'The timing is awkward for the ruling group. The Civic Alliance holds 25 of the council’s 48 seats, a majority of just one, and losing Saltmarsh would leave Mayor Constance Teale relying on opposition or independent votes to pass her budget. At the last full council election Mr Hale held the ward by only 140 votes over the Merrow Greens.',
      },
      {
        type: 'p',
        text: 'Saltmarsh is also the ward most directly affected by the Anchorage Quay redevelopment. Its terraced streets run down to the fish market, and many of the families who work in the fishing fleet and its supporting trades live there. Opposition parties are already framing the contest as a referendum on the scheme, which is due before the planning committee later this month.',
      },
      {
        type: 'quote',
        text: 'Gordon has been a first-class councillor, and Saltmarsh will miss him. We will fight hard for the seat and we will fight on our record.',
        cite: 'Mayor Constance Teale, leader, Port Merrow City Council',
      },
      {
        type: 'p',
        text: 'Nominations close next Wednesday, with polling day set for a Thursday three weeks from now. The electoral register for the ward lists just over 10,900 voters. Turnout at council by-elections in Port Merrow has rarely risen above 30%, but party organisers on all sides expect this one to be different.',
      },
    ],
  },
  {
    slug: 'five-candidates-line-up-for-saltmarsh-by-election-with-the-harbour-at-its-heart',
    headline: 'Five candidates line up for Saltmarsh by-election with the harbour at its heart',
    standfirst:
      'A crab fisherman, a former harbour pilot and a marine scientist are among those standing in a contest that could cost the Civic Alliance its council majority.',
    section: 'politics',
    authors: ['ines-calloway'],
    tags: ['local-election', 'harbour'],
    publishedDaysAgo: 17,
    publishedAt: '16:30',
    hero: {
      alt: 'Illustration of five empty wooden chairs on a small stage, each with a different coloured rosette pinned to its back',
      caption: 'Five candidates will contest the Saltmarsh seat.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Five candidates will contest the Saltmarsh by-election after nominations closed on Wednesday, setting up what is likely to be the most closely watched local contest in Port Merrow for years. The future of Anchorage Quay dominates the campaign, with every candidate promising, in different ways, to stand up for the harbour.',
      },
      {
        type: 'list',
        items: [
          'Tom Pellow, Civic Alliance: a former harbour pilot who backs the redevelopment “with proper protections for the fleet”.',
          'Aisha Penrose, Merrow Greens: a technician at the university’s marine laboratory who wants the scheme redesigned around the fish market.',
          'Bev Kettering, Coastal Party: a shop owner on Harbour Road campaigning on the tram overspend and council finances.',
          'Nico Varley, independent: a crab fisherman and co-op member who opposes the scheme outright.',
          'Hugh Danvers, Residents First: a retired accountant promising to cut councillors’ allowances.',
        ],
      },
      {
        type: 'p',
        text: 'The Civic Alliance has chosen a candidate who knows the harbour well. Tom Pellow guided ships in and out of Port Merrow for 22 years and says he understands both the fleet’s needs and the city’s need for homes. His opponents argue that he is defending a scheme his own party has pushed too fast.',
      },
      {
        type: 'p',
        text: 'The Merrow Greens, who came close to winning the seat last time, see their best chance in years. Aisha Penrose has lived in Saltmarsh all her life and her father skippered a trawler. The independent Nico Varley, however, threatens to split the vote of those most opposed to the scheme. Several Greens activists have privately urged him to stand aside, which he has refused to do.',
      },
      {
        type: 'p',
        text: 'Hustings will be held at the Saltmarsh community centre next week, chaired by the vicar of St Peter’s on the Quay, and residents have been invited to submit questions in advance. Dateline will publish a full guide to the candidates and their positions on the harbour, the tram and the schools dispute before polling day.',
      },
    ],
  },
  {
    slug: 'saltmarsh-hustings-tempers-flare-over-tram-costs-and-the-fish-market',
    headline: 'Saltmarsh hustings: tempers flare over tram costs and the fish market',
    standfirst:
      'More than 300 people packed into the community centre to question the five by-election candidates, and the evening ended with the chair threatening to switch off the microphones.',
    section: 'politics',
    authors: ['ines-calloway', 'tobias-wren'],
    tags: ['local-election', 'trams', 'harbour'],
    publishedDaysAgo: 10,
    publishedAt: '22:10',
    hero: {
      alt: 'Illustration of a packed community hall with raised hands, folding chairs and a row of candidates behind a trestle table',
      caption: 'The hall was so full that some residents listened from the car park.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'The Saltmarsh community centre has hosted bingo, wedding receptions and the occasional boxing match, but rarely an evening as heated as Wednesday’s by-election hustings. More than 300 people squeezed into a hall built for 200, with dozens more listening through the open doors, and for two hours the five candidates were questioned, heckled and occasionally applauded.',
      },
      {
        type: 'p',
        text: 'The fish market was the first subject raised and the last to be dropped. Nico Varley, the independent crab fisherman, drew the loudest cheers when he said he would “chain himself to the ice plant” before he let it be demolished. Tom Pellow of the Civic Alliance was repeatedly interrupted as he argued that the scheme would bring homes the ward badly needed.',
      },
      {
        type: 'p',
        text: 'The Line 2 tram overspend proved almost as divisive. Bev Kettering of the Coastal Party accused the administration of “pouring money into a trench”, and Hugh Danvers said the money would have been better spent settling the schools strike. Aisha Penrose of the Merrow Greens defended the tram itself but said the council had “lost control of the budget”, a line that won applause from both sides of the room.',
      },
      {
        type: 'quote',
        text: 'If you cannot keep your voices down, I will turn the microphones off and you can all go home and shout at the television instead.',
        cite: 'Rev. Jean Okafor-Mills, chair of the hustings',
      },
      {
        type: 'p',
        text: 'The evening’s most telling moment came near the end, when a teenage girl asked each candidate where she would live if she wanted to stay in Saltmarsh when she grew up. None had a convincing answer, and there was a long, uncomfortable silence before the chair moved on. Polling day is a week tomorrow.',
      },
    ],
  },
  {
    slug: 'the-saltmarsh-by-election-has-become-a-referendum-nobody-asked-for',
    headline: 'The Saltmarsh by-election has become a referendum nobody asked for',
    standfirst:
      'Our politics editor has covered four council elections and has never seen a single ward carry so much weight. She is not sure it is a good thing for the people who live there.',
    section: 'opinion',
    authors: ['ines-calloway'],
    tags: ['local-election', 'city-council'],
    publishedDaysAgo: 8,
    publishedAt: '12:00',
    hero: {
      alt: 'Illustration of a small terraced street holding up a giant set of scales, with a harbour crane on one side and a tram on the other',
      caption: 'One ward of 10,900 voters is carrying the weight of the whole city’s arguments.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'I have spent the past fortnight knocking on doors in Saltmarsh alongside the candidates, and I have heard a great deal about the fish market, the tram and the strike. I have also heard about broken streetlights, a bus route that no longer runs after 7pm, and a playground that has been closed for repairs since the spring. Those issues, it is fair to say, have not been in the leaflets.',
      },
      {
        type: 'p',
        text: 'By-elections always attract more attention than they deserve, but this one is extreme. Because the ruling group’s majority depends on the result, and because the ward sits beside Anchorage Quay, every party has turned it into a vote on everything at once. Activists from across the city have descended on its narrow streets. One resident told me she had received eleven leaflets in a week and read none of them.',
      },
      {
        type: 'p',
        text: 'I understand why. Majorities matter, and the harbour scheme is the biggest decision the council will make this decade. But a councillor for Saltmarsh will spend most of their time dealing with the dull, important things: bins, potholes, housing repairs, the closed playground. The risk is that whoever wins does so on a promise about the quay that they have little power to keep, and is then judged on the streetlights.',
      },
      {
        type: 'p',
        text: 'The planning decision on Anchorage Quay will be made by the planning committee, probably before polling day, and not by the voters of Saltmarsh. The new councillor will not be able to reverse it. What they can do is fight for the people in the ward, on the issues that arrive in their inbox every morning. I would like to hear a little more about those before Thursday.',
      },
      {
        type: 'p',
        text: 'If you live in Saltmarsh, please vote. Not because the future of the city depends on it, though the parties will tell you it does, but because you deserve a councillor who knows your street. That ought to be enough.',
      },
    ],
  },
  {
    slug: 'greens-take-saltmarsh-by-212-votes-leaving-civic-alliance-without-a-majority',
    headline: 'Greens take Saltmarsh by 212 votes, leaving Civic Alliance without a majority',
    standfirst:
      'Aisha Penrose won the by-election on a turnout of almost 40%, and Mayor Constance Teale must now find allies to pass her budget and the deal to end the schools strike.',
    section: 'politics',
    authors: ['ines-calloway', 'ruth-abernathy'],
    tags: ['local-election', 'city-council'],
    publishedDaysAgo: 1,
    publishedAt: '06:40',
    updatedHoursLater: 10,
    hero: {
      alt: 'Illustration of a sports hall at night with long tables of ballot papers, counters in lanyards and a winner raising a green rosette',
      caption: 'The count at the Saltmarsh Academy sports hall ended shortly after 2am.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'The Merrow Greens have won the Saltmarsh by-election, taking the seat from the Civic Alliance by 212 votes and ending the ruling group’s majority on Port Merrow City Council. Aisha Penrose, a technician at the university’s marine laboratory, was declared the winner shortly after 2am at a count in the Saltmarsh Academy sports hall, to loud cheers from a corner of the room crowded with green rosettes.',
      },
      {
        type: 'list',
        items: [
          'Aisha Penrose (Merrow Greens): 1,486',
          'Tom Pellow (Civic Alliance): 1,274',
          'Nico Varley (Independent): 902',
          'Bev Kettering (Coastal Party): 611',
          'Hugh Danvers (Residents First): 187',
        ],
      },
      {
        type: 'p',
        text: 'Turnout was 41.4%, the highest for a Port Merrow council by-election in at least twenty years. The independent fisherman Nico Varley polled strongly, and analysts at the count said that many of his votes had come from people who had previously backed the Civic Alliance, which may have cost Tom Pellow the seat.',
      },
      {
        type: 'p',
        text: 'In her victory speech, Penrose thanked her late father, a trawler skipper, and promised to be “a councillor for the streets, not just for the quay”. She said she would press for the Anchorage Quay lorry route to be redesigned and for the closed playground on Tidewater Street to be reopened within a month.',
      },
      {
        type: 'p',
        text: 'The result leaves the Civic Alliance with 24 of the council’s 48 seats, one short of a majority. The Coastal Party has 12, the Merrow Greens eight and independents four. Mayor Constance Teale, who attended the count, said she respected the result and would “work with anyone who wants to get things done for this city”.',
      },
      {
        type: 'p',
        text: 'Update: The council has corrected the turnout figure, originally announced at the count as 41.4%, to 39.6% after a clerical error in the number of postal votes. The result itself is unaffected. The Merrow Greens and the Coastal Party have both said they will not enter a formal coalition with the Civic Alliance.',
      },
    ],
  },
  {
    slug: 'mayor-teale-opens-talks-with-independents-to-keep-control-of-council-budget',
    headline: 'Mayor Teale opens talks with independents to keep control of council budget',
    standfirst:
      'Having lost her majority in the Saltmarsh by-election, the council leader is courting four independent councillors, and each of them has a price.',
    section: 'politics',
    authors: ['ines-calloway'],
    tags: ['city-council', 'local-election'],
    publishedDaysAgo: 0,
    publishedAt: '08:45',
    hero: {
      alt: 'Illustration of a long table in a wood-panelled room, with four empty chairs on one side and a single figure waiting on the other',
      caption: 'The talks are being held at the council offices on Harbour Road.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Mayor Constance Teale has begun talks with Port Merrow’s four independent councillors in an attempt to secure enough votes to run the city without a formal coalition, a day after her Civic Alliance group lost its majority in the Saltmarsh by-election. The first meetings were held at the council offices on Friday afternoon and will continue next week.',
      },
      {
        type: 'p',
        text: 'With 24 of 48 seats, the Civic Alliance needs just one more vote to pass most decisions. That gives each of the independents, who represent wards from Gullhaven to the edge of Larkmoor, considerable leverage. None has a history of voting as a bloc, and all four told Dateline that any support would be decided case by case.',
      },
      {
        type: 'p',
        text: 'Their demands vary. Cllr Morwenna Trask, who represents the Kestle Point ward, wants a guarantee that the coastal path will be repaired before next summer. Cllr Ibrahim Solanke of Larkmoor is pressing for a review of bus services that will be cut when the Line 2 tram opens. Both say they could support the budget if their concerns are met.',
      },
      {
        type: 'quote',
        text: 'I am not for sale, and I would not be worth buying. But I am open to persuasion, and the mayor is very persuasive when she needs to be.',
        cite: 'Cllr Ibrahim Solanke, independent, Larkmoor',
      },
      {
        type: 'p',
        text: 'The first real test will come later this month, when the council votes on the deal to end the support staff strike. Both main opposition groups have already said they will back it, so it is likely to pass comfortably. The tougher test will be the budget in the new year, with the tram overspend still to be paid for and every group now able to shape the result.',
      },
    ],
  },
  // ——— Business ———
  {
    slug: 'corran-vey-shipyard-wins-85m-contract-to-build-three-hybrid-ferries',
    headline: 'Corran & Vey shipyard wins £85m contract to build three hybrid ferries',
    standfirst:
      'The order from Bluewake Ferries secures 140 jobs at the Port Merrow yard for at least four years and will bring the first battery-powered vessels to the Gullhaven crossing.',
    section: 'business',
    authors: ['owen-mcardle'],
    tags: ['jobs', 'energy', 'transport'],
    publishedDaysAgo: 37,
    publishedAt: '11:00',
    hero: {
      alt: 'Illustration of a ship’s hull rising inside a vast shed, with welders’ sparks and a half-painted ferry name on the bow',
      caption: 'The first hull is due to be laid down at Corran & Vey next spring.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Corran & Vey, Port Merrow’s last working shipyard, has won an £85m contract to build three hybrid ferries for Bluewake Ferries’ crossing between the city and Gullhaven. The order, the largest in the yard’s 112-year history, secures the jobs of its 140 staff for at least four years and will create 60 apprenticeships, the company said on Thursday.',
      },
      {
        type: 'p',
        text: 'The ferries will run on batteries for most of the twelve-minute crossing, charging from shore connections at each terminal while passengers board. Diesel engines will be kept for rough weather and emergencies. Bluewake says the new vessels will cut the route’s fuel use by around 80% and replace three ferries that are all more than thirty years old.',
      },
      {
        type: 'quote',
        text: 'For a long time people in this city assumed the shipyard would close. We have been building boats on this river since my great-grandfather’s day, and now we will be building them for the next generation.',
        cite: 'Hollis Vey, managing director, Corran & Vey',
      },
      {
        type: 'p',
        text: 'The yard beat competition from two larger builders overseas. Bluewake’s chief executive, Dana Kirkwood, said Corran & Vey’s price was not the lowest, but that its proximity to the route and its record on repairs had tipped the balance. Part of the cost is being met by a regional low-carbon transport fund.',
      },
      {
        type: 'p',
        text: 'The first ferry is due to enter service in just under three years. Bluewake has warned that fares will have to rise to help pay for the fleet, and said details would be announced within weeks.',
      },
    ],
  },
  {
    slug: 'bluewake-ferries-to-raise-gullhaven-fares-by-9-from-next-month',
    headline: 'Bluewake Ferries to raise Gullhaven fares by 9% from next month',
    standfirst:
      'The operator says the increase will help pay for its new hybrid ferries, but regular passengers who cross the estuary to work say they are being asked to fund the fleet twice.',
    section: 'business',
    authors: ['owen-mcardle', 'tobias-wren'],
    tags: ['transport', 'jobs'],
    publishedDaysAgo: 25,
    publishedAt: '09:50',
    hero: {
      alt: 'Illustration of commuters with coffee cups lining the rail of a small ferry crossing a grey estuary at dawn',
      caption: 'Around 3,800 people use the Gullhaven crossing on a typical weekday.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'Fares on the Bluewake Ferries crossing between Port Merrow and Gullhaven will rise by an average of 9% from the first of next month, the company announced on Tuesday. A single adult fare will go up from £3.20 to £3.50, and a monthly season ticket from £84 to £92. It is the largest annual increase on the route for more than a decade.',
      },
      {
        type: 'p',
        text: 'Bluewake said the rise was needed to help repay borrowing for the three hybrid ferries being built by Corran & Vey, and to cover higher costs for staff and maintenance while the old vessels remain in service. Its chief executive, Dana Kirkwood, said fares on the route were still lower than those on comparable crossings elsewhere.',
      },
      {
        type: 'p',
        text: 'Regular passengers were not persuaded. The Gullhaven Ferry Users’ Group pointed out that the new ferries are already receiving public money from a regional fund, and said commuters were being asked to pay twice. Many of the route’s 3,800 weekday passengers work in Port Merrow’s hospital, schools and shops, and have no practical alternative: the road journey round the estuary takes fifty minutes.',
      },
      {
        type: 'quote',
        text: 'We all want new ferries. We just don’t want to be the only ones paying for them, when the whole region benefits from a cleaner river.',
        cite: 'Fran Ogundipe, chair, Gullhaven Ferry Users’ Group',
      },
      {
        type: 'p',
        text: 'The council has no direct control over Bluewake’s fares, which are set under a long-term agreement with the harbour authority. Cllr Dev Marlowe, the transport cabinet member, said he would raise passengers’ concerns with the company. Bluewake has agreed to freeze fares for under-18s and to introduce a cheaper ten-journey ticket for part-time workers.',
      },
    ],
  },
  {
    slug: 'gullhaven-brewing-co-to-double-output-in-old-net-loft-creating-40-jobs',
    headline: 'Gullhaven Brewing Co. to double output in old net loft, creating 40 jobs',
    standfirst:
      'The fast-growing brewery is taking over a derelict Victorian building in Saltmarsh and will open a taproom on Harbour Road, in one of the largest private investments in the district for years.',
    section: 'business',
    authors: ['owen-mcardle'],
    tags: ['jobs', 'high-street'],
    publishedDaysAgo: 12,
    publishedAt: '08:30',
    hero: {
      alt: 'Illustration of a tall brick loft with arched windows, copper brewing vessels glowing inside and barrels stacked by the door',
      caption: 'The net loft on Ropewalk Lane has stood empty for fifteen years.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Gullhaven Brewing Co., which started seven years ago in a garage on the far side of the estuary, is to double its output by moving into a derelict Victorian net loft on Ropewalk Lane in Saltmarsh. The £3.4m project will create 40 jobs, including brewers, drivers and bar staff, and the company hopes to be brewing in the new building within a year.',
      },
      {
        type: 'p',
        text: 'The three-storey loft, where fishing nets were once hung to dry and mended, has been empty for fifteen years and is on the council’s list of buildings at risk. The brewery’s founders, Rafe and Lotte Dunmore, plan to keep its timber floors and iron columns, and to put the brewing equipment on the ground floor, where it will be visible from the street through the original arched doors.',
      },
      {
        type: 'p',
        text: 'The company has grown quickly, helped by its Harbour Light pale ale, which is now sold in more than 200 pubs across the region. Sales rose by 46% last year to £5.8m. The move will also allow it to open a taproom and shop on the corner of Harbour Road, in a unit vacant since a bank branch closed there two years ago.',
      },
      {
        type: 'quote',
        text: 'We could have built a shed on an industrial estate for less money. But we are a Merrow brewery, and we wanted to be somewhere people could see us and smell the malt on the way to work.',
        cite: 'Lotte Dunmore, co-founder, Gullhaven Brewing Co.',
      },
      {
        type: 'p',
        text: 'The investment has been welcomed by traders on Harbour Road, who hope the taproom will bring more evening visitors to the area. Some residents of Ropewalk Lane have raised concerns about delivery lorries in a narrow street, and the brewery has agreed to limit deliveries to daytime hours as part of its planning application.',
      },
    ],
  },
  {
    slug: 'kestle-point-tidal-trial-cleared-to-sell-power-to-the-grid-for-the-first-time',
    headline: 'Kestle Point tidal trial cleared to sell power to the grid for the first time',
    standfirst:
      'Kestle Tidal has won a contract to supply electricity from its two turbines in the tidal race, a milestone that could unlock investment in a much larger array off the headland.',
    section: 'business',
    authors: ['owen-mcardle', 'yusuf-amari'],
    tags: ['energy', 'climate'],
    publishedDaysAgo: 4,
    publishedAt: '12:20',
    hero: {
      alt: 'Illustration of two underwater turbines turning slowly in a strong green current, with a lighthouse visible above the waterline',
      caption: 'The turbines sit on the seabed about 400 metres off Kestle Point.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'The experimental tidal turbines off Kestle Point will begin selling electricity to the grid next month after the company behind them, Kestle Tidal, secured a fifteen-year supply contract. It is the first time power from the fast-flowing tidal race off the headland has been sold commercially, and the company says it is a crucial step towards building a much larger array.',
      },
      {
        type: 'p',
        text: 'The two turbines, each with blades sixteen metres across, were installed eighteen months ago as a trial. Until now their output has been used to test equipment and power the lighthouse and a nearby research station. Under the new contract, Kestle Tidal will receive a guaranteed price for every unit of electricity it produces, giving investors the certainty they need.',
      },
      {
        type: 'p',
        text: 'The price is considerably higher than that paid for wind or solar power, reflecting the fact that tidal technology is still young and expensive. Supporters argue that the premium is worth paying because tides are entirely predictable, unlike wind or sunshine, and can be forecast years in advance to the minute.',
      },
      {
        type: 'quote',
        text: 'Wind and sun tell you what they feel like doing tomorrow. The tide tells you what it will be doing in the year 2080. That predictability is worth a great deal to a grid.',
        cite: 'Dr Ingrid Salo, project director, Kestle Tidal',
      },
      {
        type: 'p',
        text: 'Kestle Tidal now hopes to raise around £120m to install a further 28 turbines over the next six years, which it says could supply the equivalent of 40,000 homes. The company employs 35 people at its base on Anchorage Quay, many of them former offshore oil workers, and says the larger project would create at least 150 more jobs in the region.',
      },
    ],
  },
  // ——— Science ———
  {
    slug: 'seagrass-is-coming-back-to-calder-bay-here-is-how-volunteers-are-helping',
    headline: 'Seagrass is coming back to Calder Bay. Here is how volunteers are helping',
    standfirst:
      'Meadows that once carpeted the bay had almost vanished by the 1990s. A patient project using hessian bags, divers and a great many volunteers is slowly bringing them back.',
    section: 'science',
    authors: ['yusuf-amari'],
    tags: ['wildlife', 'climate'],
    publishedDaysAgo: 34,
    publishedAt: '10:00',
    hero: {
      alt: 'Illustration of a diver tending long green ribbons of seagrass on a sandy seabed, with small fish darting between the blades',
      caption: 'Restored seagrass off Tarrow Sands now covers about four hectares.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'A century ago, fishermen in Calder Bay complained that their anchors snagged in seagrass so thick it could stop a rowing boat. By the 1990s almost all of it had gone, lost to disease, pollution and the scouring of anchor chains. Today, thanks to a project run by the University of Port Merrow and several hundred volunteers, about four hectares of meadow are growing again off Tarrow Sands.',
      },
      {
        type: 'p',
        text: 'Seagrass is not seaweed. It is a flowering plant, closely related to the grasses on land, which produces seeds and spreads through roots beneath the sand. Its meadows shelter young fish, calm the waves that would otherwise erode the beach, and lock away carbon in the sediment beneath them, storing it far faster per hectare than many forests on land.',
      },
      {
        type: 'p',
        text: 'The restoration method is simple and laborious. Each summer volunteers collect seeds from the surviving patches, which are kept in tanks at the university until autumn. The seeds are then mixed with sand and packed into small hessian bags, which divers lay on the seabed in rows. The hessian rots away over the winter, by which time the seedlings have rooted.',
      },
      {
        type: 'quote',
        text: 'It is a bit like gardening, except the garden is underwater, the weather is terrible and you cannot see what you have planted until it comes up two years later.',
        cite: 'Ffion Adair, project lead, Calder Bay Seagrass Project',
      },
      {
        type: 'p',
        text: 'The project aims to restore 20 hectares within a decade. Its biggest threat, Adair says, is not the weather but boat anchors, and the team is working with the harbour authority on a set of eco-friendly moorings that hover above the seabed rather than dragging across it. Volunteers are welcome: bag-filling sessions are held on Saturday mornings at the Tarrow Sands sailing club.',
      },
    ],
  },
  {
    slug: 'why-port-merrows-gulls-are-nesting-on-rooftops-instead-of-cliffs',
    headline: 'Why Port Merrow’s gulls are nesting on rooftops instead of cliffs',
    standfirst:
      'The city’s most famous residents are abandoning Kestle Point for chimney pots and flat roofs. A five-year study explains what they gain from the move, and what it costs them.',
    section: 'science',
    authors: ['yusuf-amari'],
    tags: ['wildlife'],
    publishedDaysAgo: 30,
    publishedAt: '11:45',
    hero: {
      alt: 'Illustration of a herring gull standing proudly on a chimney pot above a jumble of rooftops, with a fluffy grey chick beside it',
      caption: 'Rooftop nests now outnumber cliff nests in the city by more than three to one.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Port Merrow has always been a gull city. Its football club is named after them, and anyone who has eaten chips on the seafront has lost one to them. But where the birds live has changed dramatically. A five-year study by the University of Port Merrow has found that rooftop nests in the city now outnumber those on the cliffs of Kestle Point by more than three to one.',
      },
      {
        type: 'p',
        text: 'The researchers, led by the ecologist Dr Callum Reyes, fitted tiny GPS tags to 80 herring gulls and tracked where they fed and nested. Rooftop birds, they found, raised more chicks on average than their cliff-dwelling neighbours. Roofs are warmer, safer from foxes and closer to an almost limitless supply of food from bins, takeaways and the fish market.',
      },
      {
        type: 'p',
        text: 'The advantages come at a price. Chicks raised on a diet of chips and bread grew more slowly in their first weeks and were lighter when they left the nest than those fed mainly on fish. Rooftop birds also spent more time in conflict with people, with more than a third of tagged adults recorded swooping at pedestrians during the nesting season.',
      },
      {
        type: 'p',
        text: 'Dr Reyes says the findings complicate the popular view of gulls as thriving pests. Herring gulls are actually declining along natural coastlines, and city roofs may be acting as a refuge. The study suggests that, rather than trying to drive the birds away, the city would do better to reduce the food waste that draws them in and to protect the cliff colonies at Kestle Point.',
      },
      {
        type: 'quote',
        text: 'They are not villains and they are not victims. They are extremely clever birds making the best of the world we have built for them.',
        cite: 'Dr Callum Reyes, University of Port Merrow',
      },
    ],
  },
  {
    slug: 'kestle-point-tidal-turbines-how-a-trial-could-power-thousands-of-homes',
    headline: 'Kestle Point tidal turbines: how a trial could power thousands of homes',
    standfirst:
      'Twice a day, the sea rushes past the headland at speeds of up to four metres a second. Here is how two underwater turbines turn that movement into electricity, and why it is so hard to do.',
    section: 'science',
    authors: ['yusuf-amari'],
    tags: ['energy', 'climate'],
    publishedDaysAgo: 6,
    publishedAt: '09:30',
    hero: {
      alt: 'Cutaway illustration of the sea off a headland, showing a turbine on a tripod base with arrows tracing the tidal current in both directions',
      caption: 'The turbines turn to face the current as the tide changes direction.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'Stand on Kestle Point at the height of a spring tide and you can see the sea moving like a river, boiling into whirlpools as it squeezes between the headland and the Merrow Ledges. That current, known locally as the Kestle Race, is among the fastest in the region, and since last year two turbines on the seabed have been quietly turning it into electricity.',
      },
      {
        type: 'p',
        text: 'A tidal turbine works much like a wind turbine, but underwater. The moving water turns a set of blades, which spin a generator. Because seawater is around 800 times denser than air, a tidal turbine can produce as much power as a wind turbine many times its size, even in a current that would seem slow to a sailor.',
      },
      {
        type: 'h2',
        text: 'Predictable, but punishing',
      },
      {
        type: 'p',
        text: 'The great advantage of tidal power is that it is predictable. Tides are driven by the pull of the Moon and the Sun, and can be calculated decades ahead. The turbines slow at the turn of the tide, when the water briefly stands still, but engineers know exactly when those pauses will come and can plan around them. No other renewable source offers that certainty.',
      },
      {
        type: 'p',
        text: 'The difficulty is the environment. Salt water corrodes metal, marine creatures colonise every surface, and the same currents that make the site valuable make it dangerous for the divers and boats that maintain it. The Kestle turbines have had their blades replaced once already, after a winter storm. Researchers are also monitoring porpoises and seals in the area to make sure they avoid the blades, which so far they appear to.',
      },
      {
        type: 'p',
        text: 'If the trial continues to perform, its operators believe a full array of 30 turbines could supply the equivalent of 40,000 homes. That would make a real contribution to the region’s electricity, and an even larger one to the question of whether tidal power can ever become cheap enough to matter on a national scale.',
      },
    ],
  },
  {
    slug: 'microplastics-survey-finds-tarrow-sands-cleaner-than-a-decade-ago',
    headline: 'Microplastics survey finds Tarrow Sands cleaner than a decade ago',
    standfirst:
      'Volunteers sifted more than a tonne of sand and found 38% fewer plastic fragments than in a similar survey ten years ago, though scientists say the fight is far from won.',
    section: 'science',
    authors: ['yusuf-amari'],
    tags: ['wildlife'],
    publishedDaysAgo: 1,
    publishedAt: '11:15',
    hero: {
      alt: 'Illustration of volunteers kneeling on a beach with sieves and glass jars, sorting tiny coloured fragments from the sand',
      caption: 'Volunteers sieved sand from 40 sites along the beach.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Tarrow Sands contains substantially less plastic than it did a decade ago, according to a survey carried out by volunteers and scientists from the University of Port Merrow. Over two weekends this summer, more than 200 volunteers sieved sand from 40 marked sites along the beach, and found an average of 38% fewer plastic fragments per kilogram than a survey using the same method in the same places ten years earlier.',
      },
      {
        type: 'p',
        text: 'Microplastics are pieces of plastic smaller than five millimetres, produced when larger items break down or shed fibres, or manufactured small for use in industry. They are found in almost every environment on Earth, from deep ocean trenches to the lungs of people who live far inland, and scientists are still working out how they affect wildlife and human health.',
      },
      {
        type: 'p',
        text: 'The researchers think several changes explain the improvement. A beach-cleaning group has collected larger litter every month for nine years, removing items before they could break down. Plastic pellets, once common after spills at the container port, have almost disappeared since that trade moved down the estuary. And a sewer overflow that discharged close to the beach was moved further out to sea.',
      },
      {
        type: 'quote',
        text: 'This is genuinely good news and the volunteers deserve the credit for it. But a 38% fall still leaves a great deal of plastic in the sand, and the fibres from clothing have not fallen at all.',
        cite: 'Dr Sunita Varga, University of Port Merrow',
      },
      {
        type: 'p',
        text: 'The survey found that fibres from synthetic clothing, washed into the sea through drains, now make up more than half of all the fragments. Reducing them, the scientists say, will require changes to washing machines and textiles that no beach clean can deliver. The results will be presented at a public talk at the central library next month.',
      },
    ],
  },
  // ——— Culture ———
  {
    slug: 'review-the-lantern-theatres-low-water-is-a-tender-furious-play-about-a-family',
    headline: 'Review: the Lantern Theatre’s Low Water is a tender, furious play about a fishing family',
    standfirst:
      'Ellis Mawgan’s new drama follows three generations of a Saltmarsh family as the boats and the money drain away. It is funny, angry and, in its final scene, almost unbearably sad.',
    section: 'culture',
    authors: ['keziah-marsh'],
    tags: ['arts', 'fishing'],
    publishedDaysAgo: 32,
    publishedAt: '19:00',
    hero: {
      alt: 'Illustration of a small theatre stage set as a cluttered kitchen, with a window looking onto a painted harbour and three figures around a table',
      caption: 'The whole play takes place in the Carne family’s kitchen.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Every scene of Low Water takes place in the same cramped kitchen in Saltmarsh, and by the interval you feel you could find your way around it in the dark. There is the kettle that must be jiggled, the calendar from a chandlery that closed years ago, and a window through which the harbour lights change colour as the evening wears on. It is a room full of people who love each other and cannot stop arguing.',
      },
      {
        type: 'p',
        text: 'Ellis Mawgan, who grew up a few streets from the Lantern Theatre, has written a play about the Carne family over a single night, as they decide whether to sell the last boat. Brenda Tolley is magnificent as Jess, the matriarch, whose dry asides get the biggest laughs and whose silence in the second act is the most frightening thing on stage.',
      },
      {
        type: 'p',
        text: 'Kit Amadi plays her grandson Danny, who wants to take the buyout and train as an electrician, with a restless energy that makes his frustration painfully real. The play never pretends there is a right answer. The boat is losing money, and Danny is right about that. But the boat is also the family, and Jess is right about that too.',
      },
      {
        type: 'p',
        text: 'Joy Adebayo-Rusk’s production is unfussy and exact, and knows when to let a pause run long. If the first act occasionally over-explains the economics of crab quotas, the second act more than makes up for it. The final scene, which I will not spoil, reduced the row in front of me to audible tears.',
      },
      {
        type: 'p',
        text: 'It would be easy to call Low Water timely, given the arguments over Anchorage Quay, and it is. But it would be just as powerful in a city with no harbour at all. It runs at the Lantern until the end of next month, and you should go.',
      },
    ],
  },
  {
    slug: 'merrow-lights-festival-line-up-puts-saltmarsh-community-choir-top-of-the-bill',
    headline: 'Merrow Lights festival line-up puts the Saltmarsh Community Choir top of the bill',
    standfirst:
      'The ten-day festival of music, light and art returns in just over three weeks, with a choir of 140 local singers headlining the opening night on the water.',
    section: 'culture',
    authors: ['keziah-marsh'],
    tags: ['music', 'arts'],
    publishedDaysAgo: 23,
    publishedAt: '12:30',
    hero: {
      alt: 'Illustration of a choir singing on a floating stage at night, lit by hundreds of paper lanterns reflected in dark water',
      caption: 'The opening concert will take place on a floating stage in the harbour.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'The Saltmarsh Community Choir will headline the opening night of this year’s Merrow Lights festival, performing on a floating stage in the harbour surrounded by illuminated boats. The festival’s director, Piers Ondaatje-Bell, announced the full programme on Thursday, describing it as “the most Port Merrow line-up we have ever put together”.',
      },
      {
        type: 'p',
        text: 'The choir, which has 140 members aged from 9 to 87 and rehearses in a Methodist hall, has become something of a local phenomenon since a video of it singing on the fish market went viral two years ago. Its opening set will include new songs commissioned from local writers about the harbour and its fleet, sung alongside the traditional repertoire that made its name. Other highlights of the ten-day programme include:',
      },
      {
        type: 'list',
        items: [
          'Hollow Pier, the Port Merrow indie band, closing the festival at the Drill Hall.',
          'Tidewrack, a light installation by the artist Sadia Fenwick projected onto the Pier 4 sheds.',
          'A night of sea shanties and stories at the central library.',
          'Low Water, the Lantern Theatre’s acclaimed new play, in its final week.',
          'A lantern-making workshop for children at the Harbourmaster’s House.',
        ],
      },
      {
        type: 'quote',
        text: 'Half of us can’t read music and one of us is deaf in one ear. We sing about this place because we love it, and people can hear that.',
        cite: 'Morag Teasdale, director, Saltmarsh Community Choir',
      },
      {
        type: 'p',
        text: 'Most events are free, with tickets for the Drill Hall concert and the theatre going on sale on Saturday. The organisers say the festival will cost about £410,000 to stage, a third of it from the council, and hope to attract 60,000 visitors, which would make it the best-attended edition since the festival began fourteen years ago.',
      },
    ],
  },
  {
    slug: 'why-i-still-go-to-the-lantern-on-a-wet-tuesday-and-why-you-should-too',
    headline: 'Why I still go to the Lantern on a wet Tuesday, and why you should too',
    standfirst:
      'The council is considering cuts to its arts grants. Our culture editor explains what a small theatre on a side street gives a city that a spreadsheet cannot measure.',
    section: 'opinion',
    authors: ['keziah-marsh'],
    tags: ['arts'],
    publishedDaysAgo: 20,
    publishedAt: '10:00',
    hero: {
      alt: 'Illustration of a small theatre entrance glowing on a rainy side street, with a handful of umbrellas gathered under its canopy',
      caption: 'The Lantern Theatre seats 180 people on a side street off the Old Quay.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'Last Tuesday I watched a play at the Lantern Theatre with 63 other people. It was raining, the heating was temperamental, and the play, a new two-hander about a lighthouse keeper and his estranged daughter, was not quite finished. It was also one of the most alive evenings I have spent in a theatre this year, and I have been to a great many.',
      },
      {
        type: 'p',
        text: 'I mention this because the council’s draft budget, published last week, proposes reducing its grants to arts organisations by a quarter. For the Lantern that would mean losing about £60,000 a year, roughly the cost of staging two new plays. I understand the pressure. The council has a tram line to pay for and a strike to settle, and nobody will march on city hall over a theatre.',
      },
      {
        type: 'p',
        text: 'But consider what the Lantern actually does. It is where Low Water, the play about a Saltmarsh fishing family that has sold out its run, was developed over three years of readings and rewrites. It runs a youth theatre with a waiting list, free to any child who receives school meals. It is one of the few places in the city where a retired docker and a student sit in the dark together and feel the same thing.',
      },
      {
        type: 'p',
        text: 'None of that shows up easily in a spreadsheet, which is precisely the problem. Small theatres are cheap to keep open and extraordinarily expensive to reopen once they have closed. The skills scatter, the audience drifts away, and the building becomes flats. Every city I have worked in has at least one former theatre people still talk about wistfully.',
      },
      {
        type: 'p',
        text: 'So here is my request. Go to the Lantern this month, on a wet Tuesday if possible, and buy a ticket for something you have never heard of. Then write to your councillor and tell them you did. A full house is the most persuasive argument a theatre can make.',
      },
    ],
  },
  {
    slug: 'hollow-piers-homecoming-gig-at-the-drill-hall-shakes-the-old-rafters',
    headline: 'Hollow Pier’s homecoming gig at the Drill Hall shakes the old rafters',
    standfirst:
      'Five years after leaving Port Merrow with a van and a demo tape, the city’s best-loved band returned to play the biggest hometown show of their career. It was loud, sweaty and joyous.',
    section: 'culture',
    authors: ['keziah-marsh'],
    tags: ['music'],
    publishedDaysAgo: 11,
    publishedAt: '10:30',
    hero: {
      alt: 'Illustration of a band on a stage under a high timber roof, a singer with a guitar mid-leap and a sea of raised hands below',
      caption: 'Cass Delaney leads Hollow Pier through a two-hour set.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'There is a moment, about an hour into Hollow Pier’s homecoming show, when Cass Delaney stops singing, lowers her guitar and simply listens as 1,600 people sing the chorus of Kestle Light back to her. The Drill Hall, a Victorian barracks with a timber roof that has survived two fires and a great deal of brass band music, seemed to lift slightly off its foundations.',
      },
      {
        type: 'p',
        text: 'Hollow Pier formed at Saltmarsh Academy and played their first gigs in the back room of the Three Anchors, a pub that no longer exists. They left for the big cities five years ago and have since released two albums of ragged, melodic guitar songs that are full of local references. Half the crowd on Monday night seemed to know someone who had been at school with the drummer.',
      },
      {
        type: 'p',
        text: 'The set leaned heavily on the new record, which is more polished than its predecessors and, in places, a little too careful. The newer songs came alive on stage, though, and the band’s rhythm section, the twins Jory and Meg Penhallow, played with a ferocity the album only hints at. An encore of Gull Season, their first single, was chaotic in the best way.',
      },
      {
        type: 'p',
        text: 'Delaney spoke between songs about growing up in Saltmarsh, about friends who had been priced out of the city, and about the fish market, where her father worked nights. It could have felt like a speech. Instead it felt like a conversation with 1,600 old friends, most of whom had lost their voices by the end.',
      },
      {
        type: 'p',
        text: 'Hollow Pier return to the Drill Hall to close the Merrow Lights festival next month, and Delaney promised from the stage that the set would include songs from the first album they have not played live in years. Tickets, predictably, had already gone by the time the band left the building, though the festival says a small number of returns will be released on the night.',
      },
    ],
  },
  {
    slug: 'fish-chips-and-farewells-the-last-kiosk-on-tarrow-sands-closes-its-hatch',
    headline: 'Fish & chips and farewells: the "last" kiosk on Tarrow Sands closes its hatch',
    standfirst:
      'Nettie’s has fried cod on the promenade since 1971. Its owner has served her final portion, but a queue of regulars, and one surprising offer, suggest the story is not quite over.',
    section: 'culture',
    authors: ['keziah-marsh', 'ruth-abernathy'],
    tags: ['high-street', 'history'],
    publishedDaysAgo: 5,
    publishedAt: '12:00',
    hero: {
      alt: 'Illustration of a small blue and white kiosk on a seafront promenade at sunset, its hatch half closed and a queue of people with paper cones',
      caption: 'Regulars queued for more than an hour for a final portion at Nettie’s.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'The queue for the last portion of chips at Nettie’s began forming at 11am on Sunday and by teatime stretched almost to the lifeguard hut. Annette Rowe, known to three generations of Port Merrow beachgoers as Nettie, has run the blue and white kiosk on the Tarrow Sands promenade since 1971, when she took it over from her aunt at the age of 22. On Sunday evening she closed the hatch for the final time.',
      },
      {
        type: 'p',
        text: 'The kiosk is widely described as the last of its kind on the promenade, where a dozen similar huts once served day-trippers arriving on excursion trains. Nettie is more careful. “Everyone keeps saying ‘last’,” she said, wiping down the counter. “There’s a van that comes on bank holidays, and the café does chips. I’m just the last one who’s been here long enough to be called a landmark.”',
      },
      {
        type: 'p',
        text: 'Regulars came with stories. A man in his sixties said he had proposed to his wife on the bench beside the kiosk, over a shared portion of scampi. A young couple brought their baby, who was too young to eat chips but, her parents said, needed to be able to say she had been there. Nettie, who is in her seventies, said she was retiring because her knees had “handed in their notice”.',
      },
      {
        type: 'quote',
        text: 'More than fifty summers. I’ve fed fishermen, footballers, a bishop and a fair few gulls. I’ve been very lucky, and I’m very tired.',
        cite: 'Annette Rowe, owner of Nettie’s',
      },
      {
        type: 'p',
        text: 'The story may yet have a sequel. The council, which owns the kiosk, has received an expression of interest from Nettie’s grandson, Jamie, a chef who trained in Wexcombe, who wants to reopen it next spring with the same recipe for batter. Nettie said she had given him the recipe but not the secret, which she plans to keep “until I’m sure he deserves it”.',
      },
    ],
  },
  {
    slug: 'port-merrow-librarys-night-of-sea-shanties-draws-queues-round-the-block',
    headline: 'Port Merrow library’s night of sea shanties draws queues round the block',
    standfirst:
      'More than 400 people squeezed between the shelves of the central library for an evening of songs, stories and a rare look at a handwritten shanty book from the 1840s.',
    section: 'culture',
    authors: ['keziah-marsh'],
    tags: ['music', 'history'],
    publishedDaysAgo: 2,
    publishedAt: '22:20',
    hero: {
      alt: 'Illustration of singers with linked arms between tall bookshelves, lamps glowing and an old leather notebook open on a lectern',
      caption: 'Singers performed in the library’s reading room beneath its glass dome.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Libraries are supposed to be quiet, but nobody told the crowd at Port Merrow Central Library on Thursday evening. More than 400 people packed into the reading room beneath its glass dome for a night of sea shanties, and a queue of those who could not get in stretched around the building and down Chapel Street, where the songs could be heard through the open windows.',
      },
      {
        type: 'p',
        text: 'The event was organised by the library’s local history team to show off one of its treasures: a handwritten book of shanties collected in the 1840s by Eliza Tregear, the daughter of a Port Merrow harbourmaster, who wrote down the songs she heard sailors singing on the quay. The book, bound in cracked leather, was displayed under glass and drew a constant crowd.',
      },
      {
        type: 'p',
        text: 'Oona Gravett, the library’s local history librarian, said several songs in the book exist nowhere else. Singers from the Saltmarsh Community Choir and the Gullhaven Shantymen performed six of them, some for the first time in perhaps 150 years, including a bawdy number about a customs officer that had the audience roaring.',
      },
      {
        type: 'quote',
        text: 'These songs were meant to be sung, not kept in a drawer. Tonight they went back where they belong, into the mouths of people from this city.',
        cite: 'Oona Gravett, local history librarian',
      },
      {
        type: 'p',
        text: 'The library plans to publish a digital copy of the book online and to hold a second evening during the Merrow Lights festival. Given the queues, Gravett said, it may need a bigger room, or possibly the fish market.',
      },
    ],
  },
  {
    slug: 'merrow-lights-opens-with-lanterns-on-the-water-and-a-quiet-tribute-to-the-fleet',
    headline: 'Merrow Lights opens with lanterns on the water and a quiet tribute to the fleet',
    standfirst:
      'Thousands lined the harbour as the Saltmarsh Community Choir sang from a floating stage and the fishing boats, lit from bow to stern, sailed past in a slow procession.',
    section: 'culture',
    authors: ['keziah-marsh'],
    tags: ['arts', 'music', 'fishing'],
    publishedDaysAgo: 0,
    publishedAt: '08:30',
    hero: {
      alt: 'Illustration of fishing boats strung with coloured lights sailing past a floating stage at night, with paper lanterns drifting on the water',
      caption: 'The fleet’s procession was the emotional high point of the opening night.',
      credit: QUINT,
    },
    body: [
      {
        type: 'p',
        text: 'The Merrow Lights festival opened on Friday night with the largest crowd in its fourteen-year history, as an estimated 15,000 people lined Anchorage Quay, the Old Quay and the harbour wall to watch the Saltmarsh Community Choir perform from a floating stage. By the time the first song began, there was standing room only as far as the lifeboat station.',
      },
      {
        type: 'p',
        text: 'The choir’s set mixed old favourites with new songs written for the festival, including Ice Plant Blues, a wry number about the fish market’s ageing machinery that drew knowing laughter from the crowd. The choir’s youngest member, a nine-year-old from Larkmoor, sang a verse solo and received the loudest cheer of the night.',
      },
      {
        type: 'p',
        text: 'The evening’s most affecting moment came without words. As the choir began a slow hymn, the boats of the Merrow Fishermen’s Co-operative left their moorings one by one, each lit from bow to stern, and sailed in procession around the floating stage. Their crews stood on deck in silence. Given the fleet’s legal fight over the future of the quay, few in the crowd missed the meaning.',
      },
      {
        type: 'quote',
        text: 'We weren’t protesting. We were just reminding people we’re still here, and that the lights on this harbour were ours before they were anyone else’s.',
        cite: 'Paddy Quillan, chair, Merrow Fishermen’s Co-operative',
      },
      {
        type: 'p',
        text: 'Merrow Lights continues for nine more days, with Sadia Fenwick’s Tidewrack projections on the Pier 4 sheds each evening from dusk, a second night of shanties at the central library and Hollow Pier’s sold-out closing concert at the Drill Hall. Most events are free and full details are on the festival’s website.',
      },
    ],
  },
  // ——— Courts ———
  {
    slug: 'groundworks-firm-fined-12000-for-dumping-waste-in-saltmarsh-nature-reserve',
    headline: 'Groundworks firm fined £12,000 for dumping waste in Saltmarsh nature reserve',
    standfirst:
      'Magistrates heard that lorry loads of rubble and plasterboard were tipped into reed beds used by nesting birds, costing the council more than £30,000 to clear.',
    section: 'news',
    authors: ['ruth-abernathy'],
    tags: ['courts', 'wildlife'],
    publishedDaysAgo: 9,
    publishedAt: '14:20',
    updatedHoursLater: 26,
    hero: {
      alt: 'Illustration of a tidal reed bed at the edge of a town, with heaps of broken rubble intruding among the reeds and a heron watching from a post',
      caption: 'The waste was dumped on the edge of the Saltmarsh Reeds nature reserve.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'A Port Merrow groundworks company has been fined £12,000 and ordered to pay £31,500 towards clean-up costs after dumping construction waste in the Saltmarsh Reeds nature reserve. Merrow Magistrates’ Court heard on Thursday that at least nine lorry loads of rubble, broken plasterboard and plastic sheeting were tipped into the reed beds over a weekend in the spring.',
      },
      {
        type: 'p',
        text: 'Moyle Groundworks Ltd, based on an industrial estate in Larkmoor, pleaded guilty to depositing controlled waste without a permit. The court heard that the waste was traced to the company after council officers found delivery notes bearing its name among the rubble, and that a resident had photographed one of its lorries leaving the reserve at dawn.',
      },
      {
        type: 'p',
        text: 'The reserve is one of the few places on the estuary where bearded tits and water rails breed, and the dumping took place at the start of the nesting season. A council ecologist told the court that an area of reed bed about the size of a tennis court had been destroyed and would take several years to recover fully.',
      },
      {
        type: 'p',
        text: 'In mitigation, the company’s solicitor said the dumping had been carried out by a subcontractor without the directors’ knowledge, and that the firm had since changed its procedures. The chair of the bench said the company had been “at best careless and at worst cynical” and that it had a duty to know where its waste went.',
      },
      {
        type: 'p',
        text: 'Update: On Friday the council said it would use the costs awarded to replant the damaged section of reed bed this winter, working with volunteers from the Merrow Estuary Wildlife Trust. The company has 28 days to pay and has not indicated that it will appeal.',
      },
    ],
  },
  // ——— Drafts ———
  {
    slug: 'bluewake-ferries-considers-late-night-gullhaven-crossings-for-winter-weekends',
    headline: 'Bluewake Ferries considers late-night Gullhaven crossings for winter weekends',
    standfirst:
      'The operator is weighing a trial of crossings after midnight on Fridays and Saturdays, after hospitality workers and festival-goers complained of being stranded in the city.',
    section: 'business',
    authors: ['owen-mcardle'],
    tags: ['transport', 'jobs'],
    publishedDaysAgo: 0,
    publishedAt: '07:00',
    status: 'draft',
    hero: {
      alt: 'Illustration of a small lit ferry waiting at a dark slipway, with a few figures hurrying down the ramp under a crescent moon',
      caption: 'The last crossing to Gullhaven currently leaves Port Merrow at 11.20pm.',
      credit: BANERJEE,
    },
    body: [
      {
        type: 'p',
        text: 'Bluewake Ferries is considering a winter trial of late-night crossings between Port Merrow and Gullhaven on Friday and Saturday nights, after complaints from bar and restaurant staff who finish work after the last ferry has left. The final crossing currently leaves Port Merrow at 11.20pm, and the road journey round the estuary takes fifty minutes by taxi.',
      },
      {
        type: 'p',
        text: 'The company said it was assessing demand and crew costs, and that any trial would run for at least three months so that passenger numbers could be measured fairly. It has asked the Gullhaven Ferry Users’ Group and the Port Merrow hospitality association to survey their members about when they would travel.',
      },
      {
        type: 'p',
        text: 'Hospitality employers have long argued that the early last ferry makes it hard to recruit staff from Gullhaven, where rents are lower. Several restaurants on the Old Quay already pay for shared taxis home for late-shift workers, at a cost they say can reach £200 a week.',
      },
      {
        type: 'quote',
        text: 'We have heard the message clearly. What we need to know now is whether people will actually use a crossing at half past one on a wet Saturday in February.',
        cite: 'Dana Kirkwood, chief executive, Bluewake Ferries',
      },
      {
        type: 'p',
        text: 'Any late crossings would be operated by the existing fleet until the new hybrid ferries arrive. Bluewake said a decision would be made by the end of next month, after it has reviewed the survey results and discussed crew rosters with staff.',
      },
    ],
  },
  {
    slug: 'what-the-saltmarsh-result-should-teach-every-party-in-port-merrow',
    headline: 'What the Saltmarsh result should teach every party in Port Merrow',
    standfirst:
      'The winners are celebrating and the losers are blaming the independents. Declan Fenn, who has voted in Saltmarsh for forty years, thinks they have all missed the point.',
    section: 'opinion',
    authors: ['declan-fenn'],
    tags: ['local-election', 'harbour'],
    publishedDaysAgo: 0,
    publishedAt: '07:30',
    status: 'draft',
    hero: {
      alt: 'Illustration of a row of terraced houses with rosettes of different colours pinned to their front doors and one door left plain',
      caption: 'Saltmarsh voters turned out in unusual numbers for the by-election.',
      credit: RASK,
    },
    body: [
      {
        type: 'p',
        text: 'I have voted in Saltmarsh in every election since I was eighteen, usually in the church hall on Tidewater Street, usually in the rain, and usually for a candidate who lost. On Thursday I joined a queue to vote for the first time in my life. That alone should tell every party in this city something, and I am not convinced any of them has heard it.',
      },
      {
        type: 'p',
        text: 'The Greens are celebrating, and they are entitled to. But they won with barely more than a third of the vote, and nearly a thousand people chose a crab fisherman with no party, no leaflets worth the name and no chance of forming a government. Those votes were not a mistake. They were a message that many of my neighbours no longer trust anyone with a rosette.',
      },
      {
        type: 'p',
        text: 'The Civic Alliance, meanwhile, seems to have decided that it lost because the independent split its vote. Perhaps. But it also lost because it spent three weeks telling Saltmarsh that the harbour scheme was good for us, rather than asking us what we thought. People notice when they are being sold to rather than listened to.',
      },
      {
        type: 'p',
        text: 'What Saltmarsh wants is not complicated. It wants homes its children can afford, a harbour that still works, a playground that opens, and councillors who answer the phone. None of those is a party-political position. All of them require the patience to do dull things well, year after year, long after the television cameras have gone home.',
      },
      {
        type: 'p',
        text: 'So my advice to the new councillor is simple. Walk the ward every week. Answer every letter. Vote for the harbour you promised, and tell us honestly when you cannot deliver it. Do that for four years and you may find that you never need a leaflet again.',
      },
    ],
  },
];
