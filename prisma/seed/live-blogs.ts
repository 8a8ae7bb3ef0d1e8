// Demo live blogs for Dateline: one still running, one that ended a few days ago.
// Every place, person, company, team and event below is invented. Times are in minutes before the seed runs,
// and the texts avoid clock times so they read correctly whatever time of day the seed is run.
// Phone numbers come from the ranges reserved for drama and fiction, so none of them reaches a real line.
import type { SeedArticle, SeedBlock } from './content';

/** One entry of a live blog, placed relative to the time the seed runs. */
export type SeedLiveEntry = {
  minutesAgo: number; // when the entry was posted, minutes before the seed runs (for the ended blog: relative to now too, e.g. 3 days ago = 4320+)
  title?: string; // optional short title (most entries have none; key events always have one)
  author: string; // an author slug that exists in content.ts `authors`
  pinned?: boolean;
  keyEvent?: boolean;
  body: SeedBlock[]; // usually 1–2 short 'p' blocks; a few with a 'quote' or a short 'list'
};

/** A live blog: a story (the summary is its body, shown on top) with entries, live or ended. */
export type SeedLiveBlog = Omit<SeedArticle, 'body' | 'publishedDaysAgo' | 'publishedAt' | 'updatedHoursLater' | 'status'> & {
  startedMinutesAgo: number; // when coverage started = the story's publication time
  state: 'live' | 'ended';
  endedMinutesAgo?: number; // for the ended one: when coverage ended (after its last entry)
  plannedEndInHours?: number; // for the live one: optional planned end, hours from now
  summary: SeedBlock[]; // 2–4 'p' blocks (or a 'list') summarising the story so far, kept up to date
  entries: SeedLiveEntry[]; // any order; the site sorts them newest first
};

export const liveBlogs: SeedLiveBlog[] = [
  // ——— Storm Hester (live) ———
  {
    slug: 'storm-hester-live',
    headline: 'Storm Hester live: red warning for Port Merrow as the sea breaks through the Anchorage Quay wall',
    standfirst:
      'Gusts of almost 100mph and a tidal surge have closed the harbour, halted the Gullhaven ferry, left thousands without power and driven families in Saltmarsh from their homes.',
    section: 'news',
    authors: ['ruth-abernathy', 'tobias-wren'],
    tags: ['harbour', 'transport', 'climate'],
    hero: {
      alt: 'Illustration of grey waves bursting over an old stone quay wall, with fishing boats straining at their moorings beneath a bruised sky',
      caption: 'Waves breaking over the quay wall at Anchorage Quay as Storm Hester arrived.',
      credit: 'Illustration: Mara Quint/Dateline',
    },
    startedMinutesAgo: 360,
    state: 'live',
    plannedEndInHours: 18,
    summary: [
      {
        type: 'p',
        text: 'Storm Hester is battering Port Merrow and the Merrow Estuary. A red warning for wind, the Coastal Weather Service’s highest level, remains in force for almost another 13 hours, and a gust of 97mph at Kestle Point is the strongest the station has ever recorded. The wind is expected to ease over the next few hours, but the next high tide, in about nine hours, is still a concern.',
      },
      {
        type: 'p',
        text: 'A 15-metre section of the old quay wall beside Pier 4 gave way minutes before high water, flooding Tidewater Street and Ropewalk Lane in Saltmarsh. About 140 homes have been evacuated, and 212 people have registered at the council’s rest centre in the Drill Hall. Engineers are trying to plug the gap before the tide returns.',
      },
      {
        type: 'p',
        text: 'The Port Merrow lifeboat rescued three crew from a crab boat dragging her anchor off Kestle Point. The harbour is closed, the Gullhaven ferry is suspended, Line 1 trams are not running beyond Old Quay, about 9,600 homes are without power and all of the city’s schools will be closed tomorrow.',
      },
    ],
    entries: [
      {
        minutesAgo: 355,
        author: 'ruth-abernathy',
        body: [
          {
            type: 'p',
            text: 'Welcome to our live coverage of Storm Hester, which has reached the Merrow coast several hours earlier than forecast. An amber warning for wind is in force, and the weather station at Kestle Point has already recorded a gust of 71mph. The bigger worry is the sea: high water is due in about two and a half hours, and a surge is expected to push the tide well above its predicted height.',
          },
        ],
      },
      {
        minutesAgo: 338,
        author: 'tobias-wren',
        body: [
          {
            type: 'p',
            text: 'Bluewake Ferries has suspended its crossing between Port Merrow and Gullhaven. The last ferry to run tied up at the Gullhaven slip about twenty minutes ago, after what one passenger described to me as “twelve minutes on a fairground ride”. No further crossings will run while the wind is above 50mph. Passengers are advised to use the road round the estuary, which normally takes fifty minutes and will take a good deal longer today.',
          },
        ],
      },
      {
        minutesAgo: 320,
        title: 'Red warning issued for the Merrow coast',
        author: 'yusuf-amari',
        keyEvent: true,
        body: [
          {
            type: 'p',
            text: 'The Coastal Weather Service has upgraded its warning to red, its highest level, meaning there is a danger to life from flying debris and large waves. The warning covers Port Merrow and the whole of the Merrow Estuary and is valid for the next 18 hours. Forecasters expect gusts of up to 95mph on exposed headlands and a surge that could lift the tide as much as 1.2 metres above its predicted height.',
          },
        ],
      },
      {
        minutesAgo: 302,
        author: 'ruth-abernathy',
        body: [
          {
            type: 'p',
            text: 'The Port Merrow Harbour Trust has closed the harbour to all traffic. Skippers from the Merrow Fishermen’s Co-operative have spent the past hour doubling their mooring lines, and the fleet is now tied up in the inner basin. Merrow Lights has cancelled all of today’s festival events, including the Tidewrack projections on the Pier 4 sheds, and the floating stage from opening night has been towed into shelter behind the harbour wall.',
          },
        ],
      },
      {
        minutesAgo: 285,
        author: 'priya-halden',
        body: [
          {
            type: 'p',
            text: 'All 31 of Port Merrow’s council-run schools will be closed tomorrow, the council has announced, because the red warning will still be in force when pupils would be setting off. Cllr Peter Yallop, the cabinet member for education, said headteachers had been told early enough to let families know, and that reopening would be decided school by school once buildings had been checked. The city’s academies are expected to announce their own plans shortly.',
          },
        ],
      },
      {
        minutesAgo: 268,
        author: 'yusuf-amari',
        body: [
          {
            type: 'p',
            text: 'The university’s wave buoy at the mouth of Calder Bay has just recorded a wave of 9.4 metres, and the strongest gust at Kestle Point is now 88mph.',
          },
          {
            type: 'p',
            text: 'Why are forecasters so worried about flooding? The low pressure at the heart of the storm lets the sea surface bulge upwards, and strong south-westerly winds are piling that extra water into the narrow mouth of the estuary just as the tide rises towards its peak.',
          },
        ],
      },
      {
        minutesAgo: 250,
        author: 'tobias-wren',
        body: [
          {
            type: 'p',
            text: 'Line 1 trams are no longer running between Old Quay and Tarrow Sands, where the track follows the seafront and is being pelted with spray, shingle and seaweed. Trams continue every 12 minutes between Central Station and Old Quay. The overnight test runs on Line 2 have also been cancelled: Brannock Civils says the new line is undamaged, but it will not send a tram up Fennick Hill Road in winds like these.',
          },
        ],
      },
      {
        minutesAgo: 232,
        author: 'ruth-abernathy',
        body: [
          {
            type: 'p',
            text: 'Estuary Power Networks says about 4,100 homes are without electricity, most of them in Gullhaven and on the Kestle Point side of the city, where falling branches have brought down overhead lines. Engineers are standing by, but the company says it cannot send crews up poles while gusts remain above 60mph. Anyone who relies on electrical medical equipment should call its free priority line on 0808 157 0214.',
          },
        ],
      },
      {
        minutesAgo: 214,
        author: 'tobias-wren',
        body: [
          {
            type: 'p',
            text: 'Police have closed the promenade at Tarrow Sands after crowds gathered to film waves breaking over the sea wall. A few minutes ago I watched one lift a bench off the promenade and drop it in the road. Inspector Callie Ruddock of Merrow Coast Police said officers would move people on “as politely as we can and as firmly as we need to”. Please stay away from the seafront, however spectacular it looks.',
          },
        ],
      },
      {
        minutesAgo: 196,
        title: 'Sea breaks through the quay wall at Anchorage Quay',
        author: 'ruth-abernathy',
        keyEvent: true,
        body: [
          {
            type: 'p',
            text: 'A 15-metre section of the old quay wall beside Pier 4 collapsed about a quarter of an hour ago, minutes before high water. Seawater is pouring across the quay into Tidewater Street and Ropewalk Lane in Saltmarsh, and has reached the doors of the fish market. Firefighters are going door to door, and the council says about 140 homes are being evacuated. Residents are asked to leave on foot by the top of Tidewater Street.',
          },
        ],
      },
      {
        minutesAgo: 178,
        author: 'priya-halden',
        body: [
          {
            type: 'p',
            text: 'The council has opened a rest centre at the Drill Hall for people evacuated from Saltmarsh. I’m here now: volunteers from the Saltmarsh Community Choir are setting out camp beds between the pillars, there is soup on the go, and a corner has been fenced off for dogs. Two council buses are shuttling residents up from the top of Tidewater Street. Anyone who would rather not sit out the storm alone is welcome too.',
          },
        ],
      },
      {
        minutesAgo: 160,
        author: 'yusuf-amari',
        body: [
          {
            type: 'p',
            text: 'High water has passed. The harbour tide gauge peaked 1.1 metres above the predicted level, the biggest surge it has recorded since it was installed in 1953. The water is now falling slowly, which should ease the flooding in Saltmarsh over the next few hours. The next high tide is a little under 12 hours away and should bring a smaller surge, but the broken wall leaves the quay exposed.',
          },
        ],
      },
      {
        minutesAgo: 142,
        author: 'ruth-abernathy',
        body: [
          {
            type: 'p',
            text: 'The Port Merrow lifeboat has launched after a mayday from a crab boat off Kestle Point. The coastguard says the boat, with three crew on board, could not get back into harbour before it closed and had been sheltering in the lee of the headland when her anchor began to drag towards the Merrow Ledges. The lifeboat was at sea within eight minutes of the crew’s pagers sounding. More as we have it.',
          },
        ],
      },
      {
        minutesAgo: 124,
        author: 'tobias-wren',
        body: [
          {
            type: 'p',
            text: 'A round-up of the roads. Harbour Road is closed between the Clock Tower junction and Anchorage Quay because of flooding and debris. The estuary road is shut at Tollmere Bridge, so drivers heading for Gullhaven face a diversion of well over an hour. A fallen beech is blocking one lane of Fennick Hill Road near the new tram stop. The council is asking people not to travel unless they have to.',
          },
        ],
      },
      {
        minutesAgo: 108,
        title: 'Lifeboat rescues three crew from crab boat off Kestle Point',
        author: 'ruth-abernathy',
        keyEvent: true,
        body: [
          {
            type: 'p',
            text: 'All three crew of the crab boat Bright Ellen are safe. The lifeboat reached her a few hundred metres from the Merrow Ledges and took the crew off one at a time in waves of six metres or more. They have been landed at the lifeboat station and taken to St Ilda’s Hospital as a precaution.',
          },
          {
            type: 'quote',
            text: 'Their boat was going onto the rocks and nobody could stop that. Our job was to make sure they weren’t on it when it did.',
            cite: 'Hal Tregunna, coxswain, Port Merrow lifeboat',
          },
        ],
      },
      {
        minutesAgo: 92,
        author: 'priya-halden',
        body: [
          {
            type: 'p',
            text: 'Saltmarsh Primary will stay closed until further notice after floodwater from Tidewater Street reached its ground-floor classrooms. The headteacher, Delyth Amoah, said the water was about 40cm deep in the reception class and the hall. “The children’s work is pinned up at waist height, so most of it is fine,” she said. “The carpets, the piano and the boiler are another matter.” Saltmarsh Academy and the city’s other academies have confirmed they will also close tomorrow.',
          },
        ],
      },
      {
        minutesAgo: 77,
        author: 'ruth-abernathy',
        body: [
          {
            type: 'p',
            text: 'The number of homes without power has risen to about 9,600, according to Estuary Power Networks, after the substation in Saltmarsh was switched off as a precaution when floodwater reached its fence. The company says some customers in Gullhaven and Kestle Point may not be reconnected until tomorrow evening. It is sending welfare vans with hot drinks and phone chargers to both areas as soon as the roads allow.',
          },
        ],
      },
      {
        minutesAgo: 63,
        author: 'yusuf-amari',
        body: [
          {
            type: 'p',
            text: 'A gust of 97mph has been recorded at the Kestle Point weather station, the strongest in its records. It is the same station that set the city’s temperature record of 34.1C a little over a fortnight ago, which tells you something about the year this headland is having. Forecasters at the Coastal Weather Service think this is the peak, and expect the wind to begin easing within three hours.',
          },
        ],
      },
      {
        minutesAgo: 50,
        title: 'Where to get help',
        author: 'ruth-abernathy',
        pinned: true,
        body: [
          {
            type: 'p',
            text: 'If anyone is in danger, call 999. Otherwise, these lines are staffed around the clock until the storm passes:',
          },
          {
            type: 'list',
            items: [
              'Council storm line, for sandbags and fallen trees: 01632 960 400',
              'Power cuts, Estuary Power Networks (free): 0808 157 0214',
              'Coastal Weather Service flood line, updated every 15 minutes: 03069 990 365',
              'Rest centre: the Drill Hall, with hot food, camp beds and room for pets',
              'Sandbags: free from the Clock Tower car park, two per household',
            ],
          },
          {
            type: 'p',
            text: 'If it is safe, please check on elderly or disabled neighbours.',
          },
        ],
      },
      {
        minutesAgo: 38,
        author: 'ruth-abernathy',
        body: [
          {
            type: 'p',
            text: 'Harbour Trust engineers are trying to plug the gap in the quay wall with one-tonne sandbags before the next high tide, in about nine and a half hours. Corran & Vey has lent a crane and a crew from its yard. Paddy Quillan, chair of the fishermen’s co-op, was helping to fill the bags. Asked about the fleet’s legal challenge over the quay, which turns partly on flood risk, he said: “Not today. Today we fill bags.”',
          },
        ],
      },
      {
        minutesAgo: 27,
        title: 'Travel: what’s running',
        author: 'tobias-wren',
        pinned: true,
        body: [
          {
            type: 'p',
            text: 'Services as they stand. We will keep this post up to date:',
          },
          {
            type: 'list',
            items: [
              'Ferry: the Gullhaven crossing is suspended, with no sailings before tomorrow.',
              'Trams: Line 1 runs every 12 minutes between Central Station and Old Quay only.',
              'Buses: Harbour Road routes diverted; Kestle Point service withdrawn.',
              'Trains: the coastal railway is running slowly, with delays of up to 30 minutes.',
              'Roads: Harbour Road closed from the Clock Tower junction to Anchorage Quay; estuary road shut at Tollmere Bridge; one lane blocked on Fennick Hill Road.',
            ],
          },
        ],
      },
      {
        minutesAgo: 18,
        author: 'yusuf-amari',
        body: [
          {
            type: 'p',
            text: 'The back edge of Storm Hester is now showing on the radar, moving in from the west, and gusts at Kestle Point have dropped below 80mph for the first time in more than four hours. Please do not take that as the all-clear. The red warning runs for another 13 hours or so, and the next high tide, a little over nine hours away, will arrive with the sea still heaped up against the coast.',
          },
        ],
      },
      {
        minutesAgo: 10,
        author: 'ruth-abernathy',
        body: [
          {
            type: 'p',
            text: 'Mayor Constance Teale has visited the rest centre at the Drill Hall, where 212 people have now registered. She spent about half an hour with residents from Tidewater Street and thanked the volunteers, several of whom have been on their feet since the first evacuations.',
          },
          {
            type: 'quote',
            text: 'The sea came into Saltmarsh today, and Saltmarsh came up the hill and looked after itself. I have never been prouder of this city, or more worried about that wall.',
            cite: 'Mayor Constance Teale, leader, Port Merrow City Council',
          },
        ],
      },
      {
        minutesAgo: 4,
        author: 'tobias-wren',
        body: [
          {
            type: 'p',
            text: 'Bluewake Ferries has confirmed that the Gullhaven crossing will stay suspended until its slipway at Gullhaven has been inspected for storm damage, which it hopes to do at first light. Updates will be posted on its website and at both terminals. In the meantime the long way round is no easy alternative either: the estuary road is still closed at Tollmere Bridge.',
          },
        ],
      },
    ],
  },
  // ——— Coastal Women’s Cup final (ended) ———
  {
    slug: 'coastal-womens-cup-final-live',
    headline: 'Port Merrow Athletic Women 1 Wexcombe Wanderers 0: Coastal Women’s Cup final – as it happened',
    standfirst:
      'Seventeen-year-old substitute Ruby Faulds scored seven minutes from time and Maddie Orchard saved a penalty as the Gulls beat the holders in front of a record crowd at Harbour Park.',
    section: 'sport',
    authors: ['bridget-lowe', 'declan-fenn'],
    tags: ['football'],
    hero: {
      alt: 'Illustration of a footballer in a blue and white kit lifting a silver cup in front of a packed stand, with streamers falling through the floodlights',
      caption: 'Tess Rundle lifts the Coastal Women’s Cup in front of the Quayside End.',
      credit: 'Illustration: Theo Banerjee-Holt/Dateline',
    },
    startedMinutesAgo: 4400,
    state: 'ended',
    endedMinutesAgo: 4100,
    summary: [
      {
        type: 'p',
        text: 'Port Merrow Athletic Women have won the Coastal Women’s Cup for the first time, beating the holders, Wexcombe Wanderers, 1–0 at Harbour Park. Ruby Faulds, a 17-year-old sixth-former at Saltmarsh Academy, volleyed in the winner in the 83rd minute, nineteen minutes after coming on as a substitute.',
      },
      {
        type: 'p',
        text: 'Wexcombe, who play a division above the Gulls, had a goal ruled out for offside in the first half, and Maddie Orchard saved Saffi Quartermaine’s penalty in the 71st minute. It is the first senior trophy in the women’s team’s history.',
      },
      {
        type: 'p',
        text: 'The crowd of 4,870 was a record for a women’s match at Harbour Park, more than double the previous best of 1,930.',
      },
    ],
    entries: [
      {
        minutesAgo: 4395,
        author: 'bridget-lowe',
        body: [
          {
            type: 'p',
            text: 'Welcome to Harbour Park, where Port Merrow Athletic Women play Wexcombe Wanderers in the final of the Coastal Women’s Cup. Kick-off is a little over two hours away. Athletic have never reached a final before; Wexcombe, a division above them, are the holders and have won the cup three times in the past four years. The club is expecting the biggest crowd for a women’s match in its history.',
          },
        ],
      },
      {
        minutesAgo: 4370,
        author: 'bridget-lowe',
        body: [
          {
            type: 'p',
            text: 'The queue for the Quayside End turnstiles already stretches past the Crow’s Nest café. The club says 4,600 tickets have been sold at £5 each, and under-16s get in free, so the final figure will be higher still. The previous record for a women’s game at Harbour Park was 1,930, for a league match against Dunmarsh City three seasons ago.',
          },
        ],
      },
      {
        minutesAgo: 4340,
        author: 'tobias-wren',
        body: [
          {
            type: 'p',
            text: 'Travel news for anyone heading to Harbour Park. Line 1 trams are running every six minutes instead of the usual twelve until an hour after the final whistle, and Bluewake Ferries will put on an extra crossing to Gullhaven once the crowd has cleared. The Harbour Road car parks filled up some time ago, so please leave the car at home.',
          },
        ],
      },
      {
        minutesAgo: 4320,
        title: 'The teams',
        author: 'bridget-lowe',
        pinned: true,
        body: [
          {
            type: 'p',
            text: 'Carys Threlfall names an unchanged side. Wexcombe recall their captain, Precious Adjei, after a knee injury.',
          },
          {
            type: 'p',
            text: 'Port Merrow Athletic Women: Orchard; Kinsella, Rundle (capt), Haddow, Loveday; Dunstan, Brand, Tuckett; Achebe-Ward, Treloar, Cadwell. Subs: Gage, Faulds, Yeo, Okonjo, Hurrell.',
          },
          {
            type: 'p',
            text: 'Wexcombe Wanderers: Voss; Tranter, Adjei (capt), Lindley, Marr; Quayle, Hobday, Szabo; Ferris, Quartermaine, Ashby. Subs: Cotter, Niven, Baird, Olsen, Pike.',
          },
        ],
      },
      {
        minutesAgo: 4290,
        author: 'bridget-lowe',
        body: [
          {
            type: 'p',
            text: 'Carys Threlfall took charge four years ago, when the women’s side trained on a council pitch in Larkmoor and, in her words, “shared a changing room with a Sunday league team and their dog”. She sounded remarkably calm just now.',
          },
          {
            type: 'quote',
            text: 'We are the underdogs and we like it. Wexcombe have to win today. We just have to play.',
            cite: 'Carys Threlfall, Port Merrow Athletic Women manager',
          },
        ],
      },
      {
        minutesAgo: 4259,
        title: 'Kick-off',
        author: 'bridget-lowe',
        body: [
          {
            type: 'p',
            text: 'We are under way, with Athletic attacking the Quayside End. The noise as the teams walked out was extraordinary: the home end is full, and supporters are standing three deep along the railings on the harbour side of the ground. Wexcombe win a corner inside the first minute, which Orchard catches cleanly.',
          },
        ],
      },
      {
        minutesAgo: 4236,
        author: 'bridget-lowe',
        body: [
          {
            type: 'p',
            text: 'Disallowed! Saffi Quartermaine turns in Ferris’s low cross from close range and the Wexcombe bench leaps up, but the assistant referee’s flag is raised. It looked very tight from the press box, and Quartermaine, the competition’s top scorer with nine goals, is not happy about it. Still 0–0 after 24 minutes.',
          },
        ],
      },
      {
        minutesAgo: 4212,
        title: 'Half-time: Athletic 0 Wexcombe 0',
        author: 'bridget-lowe',
        body: [
          {
            type: 'p',
            text: 'The Gulls will be the happier side at the break. Wexcombe have had most of the ball, but Rundle and Haddow have won almost everything in the air, and Achebe-Ward has twice got in behind on the right. The attendance has just been announced as 4,870, a record for a women’s match here, and the applause for that number was louder than for anything on the pitch so far.',
          },
        ],
      },
      {
        minutesAgo: 4189,
        author: 'declan-fenn',
        body: [
          {
            type: 'p',
            text: 'I am in the Quayside End, wedged between a family from Larkmoor in matching bobble hats and a retired trawlerman who has not sat down since kick-off. He tells me he came because his granddaughter plays for the under-12s, and that he will be back for the next home game whatever happens today. There is already a new song about Maddie Orchard that I cannot print. Eight minutes into the second half, still goalless.',
          },
        ],
      },
      {
        minutesAgo: 4171,
        author: 'bridget-lowe',
        body: [
          {
            type: 'p',
            text: 'Penalty saved! Amira Haddow is penalised for handball as she blocks Hobday’s shot, and Quartermaine steps up. Orchard dives low to her right and pushes it round the post, and the Quayside End erupts. Ruby Faulds, on for Cadwell since the 64th minute, has already had one shot deflected wide. Still 0–0 after 71 minutes.',
          },
        ],
      },
      {
        minutesAgo: 4159,
        title: 'Goal! Faulds puts Athletic ahead',
        author: 'bridget-lowe',
        keyEvent: true,
        body: [
          {
            type: 'p',
            text: 'Port Merrow Athletic Women 1–0 Wexcombe Wanderers (Faulds, 83). Demi Achebe-Ward finally beats her full-back and pulls the ball back from the byline, and Ruby Faulds, 17, meets it first time on the volley from the edge of the six-yard box. It flies in off the underside of the bar. Faulds sprints to the corner flag and disappears beneath a heap of blue and white shirts.',
          },
        ],
      },
      {
        minutesAgo: 4148,
        title: 'Full time: Athletic Women win the Coastal Women’s Cup',
        author: 'bridget-lowe',
        keyEvent: true,
        body: [
          {
            type: 'p',
            text: 'It’s over: Port Merrow Athletic Women 1 Wexcombe Wanderers 0. Four minutes of stoppage time brought a Wexcombe shot against the post and a point-blank save from Orchard, and then the whistle. The Gulls have won the first senior trophy in the women’s team’s history. Several players are in tears on the pitch, and so, I can report, are several people in the press box.',
          },
        ],
      },
      {
        minutesAgo: 4135,
        author: 'bridget-lowe',
        body: [
          {
            type: 'p',
            text: 'Tess Rundle has lifted the cup in front of the Quayside End. The captain, 31, is a paramedic at St Ilda’s Hospital. She held the trophy up to the crowd for a few seconds, then handed it straight to Faulds.',
          },
          {
            type: 'quote',
            text: 'I’ve played for this club since I was fourteen. Half this crowd had never seen us before today, and I hope they come back on a wet Sunday in February, because we’ll need them then too.',
            cite: 'Tess Rundle, Port Merrow Athletic Women captain',
          },
        ],
      },
      {
        minutesAgo: 4120,
        author: 'bridget-lowe',
        body: [
          {
            type: 'p',
            text: 'Carys Threlfall was soaked with water by her players halfway through her post-match interview, and called Orchard’s penalty save “the moment the whole final turned”. Gail Brannigan, the Wexcombe manager, was gracious in defeat, saying her side had run into “a goalkeeper and a teenager on the best day of their lives”. She added that she had never heard a noise like it at a women’s final.',
          },
        ],
      },
      {
        minutesAgo: 4106,
        author: 'declan-fenn',
        body: [
          {
            type: 'p',
            text: 'A last word from outside the ground, where nobody seems in any hurry to go home. My neighbour from the Quayside End, the retired trawlerman, is leading the Orchard song along Harbour Road, and the queue for the Crow’s Nest café reaches round the corner. That is all from us at Harbour Park. Bridget Lowe’s full report and reaction will be on the site shortly. Thank you for following.',
          },
        ],
      },
    ],
  },
];
