import { describe, expect, it } from 'vitest';
import { TalksBot } from '../../../src/core/bot.js';
import { editDistance, questionShape } from '../../../src/core/matching/index.js';
import { realKnowledge } from '../../helpers.js';

const bot = new TalksBot(realKnowledge());

/** Questions as people type them (not the Q&A set's own phrasings), with the sentence that answers each. */
const ANSWERED: [string, string][] = [
  ['wen r the talks', 'S1'],
  ['diaoyu?', 'S14'],
  ['what does China want to know?', 'S11'],
  ['Where did the previous round take place??', 'S5'],
  ['how many rounds have they had', 'S15'],
  ['Who is Shinsuke Sugiyama', 'S8'],
  ['militery spending transparancy', 'S3'],
  ['MSDF patrols in the South China Sea', 'S12'],
  ['will the PRC ask about the US-Japan defence guidelines', 'S11'],
  ['what does japan say about the UN charter', 'S9'],
  ['fighter jets and aircraft carriers', 'S10'],
  ['crisis management mechanism at sea', 'S13'],
  ['kishida and wang yi', 'S7'],
  ['尖閣諸島', 'S14'],
  ['釣魚島は？', 'S14'],
  ['王毅', 'S7'],
  // Japanese and Chinese questions: their words are read as English ones, particles dropped.
  ['次の日中協議はいつ開催されますか', 'S1'],
  ['中国は何を知りたいですか', 'S11'],
  ['谁参加会谈', 'S8'],
  ['上次会谈在哪里举行', 'S5'],
  ["So from what I understand, Tokyo is hoping these talks lead to more leaders' summits — is that right?", 'S6'],
  ["hey so i saw some news about japan and china doing security talks, what's japan going to ask china about?", 'S3'],
  ['not sure if this is the right place but does the article say anything about the islands china calls diaoyu', 'S14'],
  ['will the talks be about the us-japan guidelines', 'S11'],
  ['what does china want clarified about the American alliance', 'S11'],
  ["what is sugiyama's job", 'S8'],
  ['first ever round', 'S15'],
  ['what will japan bring up at the talks', 'S3'],
  ['what answers is china looking for', 'S11'],
  ["who is japan's dfm", 'S8'],
  ['what did the chinese fm agree to', 'S7'],
  ['when wil the talks b', 'S1'],
  ['what is japan expected to raise', 'S3'],
  ["the talks' rundown", 'S4'],
  ['is the dialogue longstanding', 'S15'],
  ['what will beijing ask tokyo to clarify', 'S11'],
  ['beijing or tokyo for the meeting', 'S1'],
  ['are the talks in beijing', 'S1'],
  ['will japan call on china to explain its spending', 'S3'],
  ['set date for the tokyo talks', 'S1'],
  ['are the islets empty', 'S14'],
  ['is the meeting in the japanese capital', 'S1'],
  ['jsdf overseas', 'S11'],
  ['ecs islands', 'S4'],
  ['who speaks for tokyo', 'S8'],
  ['what will they go over', 'S4'],
  ['talks when', 'S1'],
  ["what's the payoff for japan", 'S6'],
  ['who is on the japanese team', 'S8'],
  ['are senior officials attending', 'S8'],
  ['will this be the thirteenth round', 'S15'],
  ["china's gripes", 'S11'],
  ["japan's justification", 'S9'],
  ["japan's wishlist", 'S3'],
  ['who said so', 'S1'],
  ['will vice ministers attend', 'S8'],
  ['does the report say anything about the diaoyu', 'S14'],
  ["how will japan justify its policy shift", 'S9'],
  // In scope although they hold words that other questions use off topic.
  ['will staff from the defense ministry attend', 'S8'],
  ['building trust around the islands', 'S4'],
  ['will japan ask about cyber attacks', 'S10'],
  ['i dont understand why japan and china are meeting', 'S4'],
  ['when do they convene', 'S1'],
  ['who gave the green light to resume', 'S7'],
  ['chronology of the dialogue', 'S15'],
  ['what is the motive for the talks', 'S4'],
  ['how old is the dialogue', 'S15'],
  ['a brief history please', 'S15'],
  ['sdf sent over seas?', 'S11'],
  ['is japan singling out china', 'S9'],
  ['what do the senkaku tensions mean for the talks', 'S4'],
  ["what's the biggest issue at the talks", 'S4'],
  ['yo bot, where?', 'S1'],
  ['gist?', 'S1'],
  ['which japanese official is named in the report', 'S8'],
  ['who will the delegation be led by', 'S8'],
  ['territorial dispute over the islets', 'S14'],
  ['are the unnamed sources reliable', 'S1'],
  ['the backstory of the dialogue', 'S15'],
  ['why are the talks important', 'S4'],
  // About the talks and nothing more specific: the headline.
  ['tell me about the talks', 'S1'],
  ['are the talks still on?', 'S1'],
  ['when could the talks begin', 'S1'],
  ['what happened in 2011', 'S5'],
  ['says who?', 'S1'],
  ['summary?', 'S1'],
  ['why have the talks in the first place', 'S4'],
  ["japan's best-case outcome", 'S6'],
  ['who is in charge of the japanese delegation', 'S8'],
  ['will japan press china', 'S3'],
  ['will japan press china at the talks', 'S3'],
  ['what is japan going to raise with china during the talks', 'S3'],
  ['what will japan brief china on', 'S2'],
  ['apr?', 'S1'],
  ['delegation level?', 'S8'],
  ['what will the dialogue center on', 'S4'],
  ['any plan to stop ships bumping into each other', 'S13'],
  ["taiwan's position on the islands", 'S14'],
  // A typo in an inflected word finds the word's stem through the word as the knowledge writes it.
  ['wen is the meetng', 'S1'],
  ['does taiwan claim the islands', 'S14'],
  ['which laws is japan trying to pass', 'S2'],
  // A word in a phrase of small words means what the phrase means: "go right" is success, not the right to self-defense.
  ['what could go right', 'S6'],
  ["japan says it's not about china?", 'S9'],
  ["not an expert but why would china care about japan's defence guidelines with america?", 'S11'],
  ['what sparked the talks', 'S6'],
  ['has a date been fixed', 'S1'],
  ['is the timing firm or tentative', 'S1'],
  ["whats tokyo's messaging going to be", 'S2'],
  ['wats on the agenda', 'S4'],
  ['wen was the last 1', 'S5'],
  ['does china get to ask stuff too', 'S11'],
  ['wats the deputy FMs name', 'S8'],
  ["i'm trying to understand china's side here - what are they going to press japan on?", 'S11'],
  ['apologies for the long question but could somebody lay out what happened with these talks historically, like when they began and how many there have been', 'S15'],
  ['what are the talks for in one sentence', 'S4'],
  ['fill me in on the talks', 'S1'],
  ["i'm studying the talks for class, when are they", 'S1'],
  ['will japan ask about chinese hacking', 'S10'],
  ['which kinds of military kit will tokyo raise', 'S10'],
  ['wat does china wnt', 'S11'],
  ["who's the story from", 'S1'],
  ["what's the centrepiece of the talks", 'S4'],
  ['run me through the history', 'S15'],
  ['one line summary', 'S1'],
  ['hey bot what is this article about', 'S1'],
  ["what's this all about?", 'S4'],
  ['which country controls the islands right now', 'S4'],
  ['what post does sugiyama hold', 'S8'],
  ['are the us-japan guidelines late', 'S11'],
  ['give me the short version', 'S1'],
  ['how did these talks come about', 'S7'],
  ['are the sources named', 'S1'],
  ["what's the article saying", 'S1'],
  ['what does the article say?', 'S1'],
  ['why now of all times', 'S6'],
  ["who's taking part from the chinese side", 'S8'],
  ['what does the un charter say', 'S9'],
  ['sooo when is this happening exactly', 'S1'],
  ['why is this round a big deal', 'S6'],
  ['japan wants clarity on what exactly', 'S3'],
  ['will china quiz japan on msdf patrols', 'S12'],
  ['is sea security part of it', 'S4'],
  ["what's the overarching theme", 'S4'],
  ['how did we get here', 'S15'],
  ['sum it up', 'S1'],
  ['key points of the article', 'S1'],
  ['what led to these talks', 'S6'],
  ['what ministries hold the talks', 'S8'],
  ['will they set up a hotline', 'S13'],
  ['how long have they been trying to set up the talks', 'S7'],
  ['this would be round what', 'S15'],
  ["china's military growth - what does japan want explained", 'S3'],
  ['what issues will be raised by each side', 'S4'],
  ["what's the story so far", 'S1'],
  ['tell me everything', 'S1'],
  ['the last security dialogue was in which city', 'S5'],
  ['what good could come from the talks', 'S6'],
  ['run through the agenda', 'S4'],
  ['why does this matter', 'S4'],
  ['is it true japan and china will talk about the senkakus', 'S4'],
  ['what happens if it goes well', 'S6'],
  ['On which day of the week did the sources brief reporters?', 'S1'],
  ['What legislation does Japan intend to explain?', 'S2'],
  ['Which weapons programmes will Japan ask about?', 'S10'],
  ['Summarise the background.', 'S15'],
  ['Give a one-paragraph summary of the report.', 'S1'],
  ['is the policy a threat to china according to japan', 'S9'],
  ["what's on the menu", 'S4'],
  ['is it legal', 'S9'],
  ['wen teh talks start', 'S1'],
  ['when did the talks start', 'S15'],
  ['prev round date', 'S5'],
  ["so i've been following japan-china relations for a while and honestly it's been frosty, is there any sign of them talking about defence again soon?", 'S1'],
  ['long time lurker here, can someone explain what japan actually wants china to clarify at these talks, because the headlines are vague', 'S3'],
  ['who first agreed to bring back the talks', 'S7'],
  ['where could these talks lead', 'S6'],
  ["what's being negotiated", 'S4'],
  ['what are your sources', 'S1'],
  ['tokyo in april, is that right', 'S1'],
  ['when did it all start', 'S15'],
  ['talks began in what year', 'S15'],
  ['where did this come from', 'S1'],
  ['does the report name anyone attending', 'S8'],
  ['will japan talk about its defence reforms', 'S2'],
  ["will japan ask where china's money for carriers comes from", 'S10'],
  ['relations getting better - likely?', 'S6'],
  ['when were the last japan china security talks', 'S5'],
  ["why's this round notable", 'S6'],
  ["japan's new defence laws - what will china be told", 'S2'],
  ['a brief history of the talks pls', 'S15'],
  ["what's at the heart of the talks", 'S4'],
  ['which countries say the islands are theirs', 'S14'],
  ['the senkaku tensions - how do they feature', 'S4'],
  ['how does china refer to the islands', 'S14'],
  ["what's the short of it", 'S1'],
  ['can someone remind me where the last security talks were, i think beijing?', 'S5'],
  ['im trying to figure out who is actually going to be at the talks from japan', 'S8'],
  ["ok so big picture what's on the agenda", 'S4'],
  ['why do the senkaku islands matter here', 'S4'],
  ['did the talks go ahead', 'S1'],
  ['Who disclosed the plan for the talks?', 'S1'],
  ['why does japan think it has the right to collective self-defence', 'S9'],
  ['was any date given', 'S1'],
  ["what's japan's case for collective self defence", 'S9'],
  ['ok so i read somewhere japan and china are meeting again after a long break, is that right and where is it', 'S1'],
  ['gimme the agenda', 'S4'],
  ['what do they call the diaoyudao in japan', 'S14'],
  ['any official confirmation?', 'S1'],
  ['who kicked off the process of resuming talks', 'S7'],
  ['what is japan expecting out of the dialogue', 'S6'],
  ['is taiwan involved in the island dispute', 'S14'],
  ['is a rework of the guidelines due', 'S11'],
  ['when and where was round 12', 'S5'],
  ['have japan and china ever met for security talks', 'S15'],
  ['has china ever claimed the islands', 'S14'],
  ['sorry if this was asked before but where are the talks', 'S1'],
  ['the previous round was ages ago, where was it', 'S5'],
  ["china's going to ask about the US alliance I assume?", 'S11'],
  ["so what's japan's excuse for collective self-defence", 'S9'],
  ['is it the thirteenth meeting or what', 'S15'],
  ['which day do the talks kick off', 'S1'],
  ['are the talks going to be held in kyoto?', 'S1'],
  ["so what's the latest on where the talks will be", 'S1'],
  ['i wonder whether the sources said where the last round was held', 'S5'],
  ['what maritime framework are they working towards', 'S13'],
  ['wat day are the talks', 'S1'],
  ['how will tokyo react if beijing raises collective self-defence', 'S9'],
  ['for my politics essay i need to know who else besides japan claims the islands, i have never understood it', 'S14'],
  ['for our class presentation, when did japan and china first start these security talks', 'S15'],
  ['who is goin to the talks from japan', 'S8'],
  ['so what is china asking and why', 'S11'],
  ['which problems are the talks meant to solve', 'S13'],
  ['how long has japan and china been planning this', 'S7'],
  ['are these talks a major step', 'S6'],
  ['how does the UN charter come into japan position', 'S9'],
  ['which countries lay claim to the senkakus', 'S14'],
  ['wait have they met before', 'S15'],
  ['any1 know where the last round was', 'S5'],
  ['srsly who claims them', 'S14'],
  ['year of the opening round?', 'S15'],
  ["for my notes i'm writing up the background and need the name of the japanese official who will attend", 'S8'],
  ['how is japan going to justify the self defence decision when china asks', 'S9'],
  ['how will tokyo defend the change when pressed', 'S9'],
  ['which military capabilities has japan asked to be clarified', 'S10'],
  ['wher are they meting', 'S1'],
  ['which countries clams the islnds', 'S14'],
  ['what precipitated the resumption of dialogue', 'S7'],
  ["i have lost track of all the details, could someone remind me where they're meant to be held", 'S1'],
  ['someone in the comments said china wants to know about japanese navy patrols, where would those be', 'S12'],
  ['i heard a podcast mention china wanting answers on the us-japan defence guidelines, what is that about', 'S11'],
  ['what legal basis does japan give for collective self defence', 'S9'],
  ["what's the legal basis japan claims for collective self-defence", 'S9'],
  ['any sticking points mentioned', 'S11'],
  ['explain it like i am five', 'S1'],
  ['do the sources even say who is attending or not', 'S8'],
  ["i forgot, when are they meeting", 'S1'],
  ['what is the deal with the islands everyone mentions in relation to these talks', 'S14'],
  ['is it a ministerial meeting', 'S8'],
  ['what is the article based on', 'S1'],
  ['thanks! and when are the talks', 'S1'],
  ["what will china bring up about japan's defence policy", 'S11'],
  ['<@1122334455> where are the talks', 'S1'],
  ['https://kyodonews.net/news/2015/02 is this about the talks in april', 'S1'],
  ['will it be happening in china', 'S1'],
  ['how do they keep things from escalating at sea', 'S13'],
  ["what's japan's justification for collective self-defence", 'S9'],
  ["china's explanation for its military expansion", 'S3'],
  ['where does sugiyama fit in', 'S8'],
  ['show me where the article mentions the un charter', 'S9'],
  ['cite the sentence that says april', 'S1'],
  ['what does the story open with', 'S1'],
  ['are the islets populated', 'S14'],
  ['what else will japan ask apart from military spending', 'S10'],
  ['who else besides the foreign ministry', 'S8'],
  ["the dialogue hasn't happened in years, right?", 'S1'],
  ["what's the upshot", 'S1'],
  ['what is beijing keen to know', 'S11'],
  ['will japan ask about china buying carriers', 'S10'],
  ["what's going on between japan and china", 'S1'],
  ['since when have the talks been held', 'S15'],
  ['the bot says april, is that when the talks are?', 'S1'],
  ['hi all, when are the talks', 'S1'],
  ['when r the tlaks', 'S1'],
  ['las talks beijng when', 'S5'],
  ['how would you summarise the main points', 'S1'],
  ['please explain me this article simple', 'S1'],
  ['under whose control are the islets', 'S4'],
  ['how many years will it have been since the previous round', 'S1'],
  ['what year were the previous talks', 'S5'],
  ['hold on, taipei has a claim as well?', 'S14'],
  ["how's japan spinning the self-defense reinterpretation", 'S9'],
  ['since which year they have this talks', 'S15'],
  ['who is telling this news', 'S1'],
  ["they're gonna bring up the carriers i bet", 'S10'],
  ["japan keeps insisting this collective self-defence stuff isn't about china, what's their argument for that in the talks", 'S9'],
  ['and then from the other side, what is china supposedly going to want japan to clear up', 'S11'],
  ['talks going back to the early 90s?', 'S15'],
  ["crisis mgmt at sea, what's planned", 'S13'],
  ['what are they trying to get out of this', 'S6'],
  ["i saw kishida's name mentioned somewhere in the article, what was his role in getting these talks started up again", 'S7'],
  ["people in this server keep saying the talks are about preventing accidents at sea, is that what the article says they're aimed at", 'S13'],
  ["i was going to read the whole article but i'm on my phone, can someone just tell me the basics in a couple of sentences", 'S1'],
  ['how do we know this', 'S1'],
  ["how'd the talks get restarted", 'S7'],
  ["who's repping japan", 'S8'],
  ['lmk when the talks happen lol', 'S1'],
  ['someone in another server said these talks could lead to more meetings between the leaders, is that in the article or did they make it up', 'S6'],
  ["i don't really get the collective self-defense thing, how is japan going to explain to china that it's allowed to do this", 'S9'],
  ["what's the quick version", 'S1'],
  ['summary of the history', 'S15'],
  ['what did the diplomatic sources reveal', 'S1'],
  ["what's in it for tokyo", 'S6'],
  ['why do they keep fighting over the senkakus', 'S4'],
  ["what's the overall story", 'S1'],
  ['format: MOFA + MOD on both sides?', 'S8'],
  ["TKY's expected upside", 'S6'],
  ['attribution of the report', 'S1'],
  ['exec summary', 'S1'],
  ["japan's defence of the decision", 'S9'],
  ["what's japan's defence of the self-defence change", 'S9'],
  ['can somebody break down for me what japan is going to ask china about its military budget, because i thought china already publishes a defense budget', 'S3'],
  ["from china's point of view, what is it going to want japan to clarify when it comes to the us alliance and troops abroad", 'S11'],
  ["honestly i just want the whole thing summarised in a couple of lines because i don't have time to read the article", 'S1'],
  ['japan wants china to open its books on defence?', 'S3'],
  ["what's bugging beijing here", 'S11'],
  ['hang on taiwan wants them as well?', 'S14'],
  ['wher r thay meeting', 'S1'],
  ['un charta', 'S9'],
  ['does japan say anything about why its new defence stance isn\'t aimed at china, because that seems like the obvious worry from beijing\'s side', 'S9'],
  ['is china hiding how much it spends', 'S3'],
  ['big picture pls', 'S1'],
  ['how did we end up with talks in april', 'S7'],
  ['what makes it a big deal', 'S6'],
  ['is it just a photo op', 'S6'],
  ['so the talks are just for show?', 'S6'],
  ['who set this up originally', 'S7'],
  ['what got the ball rolling on this', 'S7'],
  ['is tokyo optimistic', 'S6'],
  ['which person from japan will go', 'S8'],
  ['who give this informations', 'S1'],
  ['how many time they already meet', 'S15'],
  ["china's word for the islands", 'S14'],
  ['why does japan bring up the UN', 'S9'],
  ['i read the article last night, where are the talks', 'S1'],
  ['nobody knows how much china spends on its military, will japan raise that', 'S3'],
  ['so the april one is round number 13?', 'S15'],
  ['eli5 the talks', 'S1'],
  ["what's each country gonna ask the other", 'S11'],
  ['key players', 'S8'],
  ["what's new here", 'S1'],
  ['these are the first such talks since what year', 'S5'],
  ['planes carriers space cyber - which of these', 'S10'],
  ['just so i have it straight for my notes, which japanese official does the article specifically name as taking part', 'S8'],
  ['who does taiwan say owns the islands', 'S14'],
  ['Which Japanese official has been identified as a participant in the talks?', 'S8'],
  ['coletive self defens wat is it about', 'S2'],
  ['wat dos china wanna kno', 'S11'],
  ['why r they hving talks', 'S4'],
  ["what's the big picture here", 'S1'],
  ["what's the story with japan and china", 'S1'],
  ['who wants what from whom', 'S11'],
  ['what are both sides bringing to the table', 'S11'],
  ['Which parties assert territorial claims over the islets?', 'S14'],
  ['will military people attend', 'S8'],
  ['What maritime confidence-building measure do the talks seek to advance?', 'S13'],
  ['what laid the groundwork for these talks', 'S7'],
  ['wat r they gonna tlak abot', 'S4'],
  ['What is the anticipated composition of the delegations?', 'S8'],
  ["what's the lineup for the talks", 'S8'],
  ['has a date been set for the talks', 'S1'],
  ['what is china hoping japan will clarify', 'S11'],
  ["What are China's principal concerns regarding Japan's security policy?", 'S11'],
  ['Which body of water is identified as a potential area of Japanese naval activity?', 'S12'],
  ['main points', 'S4'],
  ['is this a big deal', 'S6'],
  ["what's at stake", 'S4'],
  ["what's the most important part", 'S1'],
  ['what do we know so far', 'S1'],
  ["japan's plan to legislate collective self-defense", 'S2'],
  ["what's japan going to explain to china", 'S2'],
  ["what's kishida's first name", 'S7'],
  ['Who is reported to be leading the Japanese delegation?', 'S8'],
  ['how meny rounds', 'S15'],
  ['who calms the islans', 'S14'],
  ['talks in tokyio or bejing', 'S1'],
  ['when was the first of these talks', 'S15'],
  ['why are the senkakus a problem', 'S4'],
  ['were is it hapening', 'S1'],
  ['hoo is sugiama', 'S8'],
  ['wat abt spce and cybr', 'S10'],
  ['when did they strt these talks', 'S15'],
  ['what are the big issues', 'S4'],
  ['what proof is there that the talks will happen', 'S1'],
  ["do we even know who's attending", 'S8'],
  ['how many talks have there been over the years', 'S15'],
  ['how long have these talks been going on', 'S15'],
  ['whrs the tlks', 'S1'],
  ['whose goin frm japan', 'S8'],
  ['senkaku dispoot', 'S4'],
  ['How is the Senkaku issue characterised in the report?', 'S4'],
  ['wen dey meetin', 'S1'],
  ['jpn constitushun plans', 'S2'],
  ['How frequently have these talks been held historically?', 'S15'],
  ['is taiwan involved and how', 'S14'],
  ["istg what's japan gonna ask", 'S3'],
  ["what's china curious about", 'S11'],
  ['wat is japn gona tel china', 'S2'],
  ['souf china sea', 'S12'],
  ['ware is it', 'S1'],
  ['What is the time frame for the proposed talks?', 'S1'],
  ['What patrol activities might China inquire about?', 'S12'],
  ["what's it about in one line", 'S1'],
  ['Is there any indication of China raising the revision of the Japan-U.S. defence guidelines?', 'S11'],
  ['wer iz it', 'S1'],
  ['japn new lawz', 'S2'],
  ['Since when have the two countries held such talks?', 'S15'],
  ["what's on china's list", 'S11'],
  ['wen the tlks hapen', 'S1'],
  ['the japanese deputy foreign minister, what\'s his name', 'S8'],
  ['wat will china aks', 'S11'],
  ['sorce for this?', 'S1'],
  ['wy r they talkin', 'S4'],
  ['wat happend in 2011', 'S5'],
  ["what's the situation", 'S1'],
  ['what do i need to know', 'S1'],
  ['who told the press about this', 'S1'],
  ['Which international instrument does Japan invoke in defence of its position?', 'S9'],
  ['wat r the tawks aimd at', 'S13'],
  ['wat dus china wana no', 'S11'],
  ['who sed this', 'S1'],
  ["what's this all about then", 'S1'],
  ['anything interesting in the article', 'S1'],
  ['explain the whole thing simply', 'S1'],
  ['what should i take away from this', 'S1'],
  ['past talks and the upcoming one, quick rundown', 'S1'],
  ['what are they arguing about', 'S14'],
  ['why should i believe anything the sources say', 'S1'],
  ['ok but will any of this actually reduce tensions', 'S13'],
  ['To what extent is the dialogue expected to influence leader-level diplomacy?', 'S6'],
  ['> Japan and China plan to hold security talks\nwho from japan is going?', 'S8'],
  ['wen wer the frist tlks', 'S15'],
  ['hu is shinsuke sugiyma', 'S8'],
  ["what's the deal here", 'S1'],
  ['What is the duration of the interval since the previous security talks?', 'S5'],
  ['Which government body made the decision to reinterpret the Constitution?', 'S2'],
  ['two domains besides equipment', 'S10'],
  ['my teacher claims japan will send the navy to the south china sea, is that in the talks', 'S12'],
  ["What request is Japan expected to make concerning China's naval aviation assets?", 'S10'],
  ['In which year did the series of bilateral security talks commence?', 'S15'],
  ['What domestic legislative plans will Japan communicate to China?', 'S2'],
  ["what's the significance of this", 'S4'],
  ['walk me through it', 'S1'],
  ['any important details', 'S1'],
  ['i am student from vietnam, why japan and china have meeting?', 'S6'],
  ['wher did this storie come frum', 'S1'],
  ['wat r they tryin 2 avoid at sea', 'S13'],
  ['What is the Chinese position on the Japan-US alliance?', 'S11'],
  ['will they discuss the scs', 'S12'],
  ['were there talks before 2011', 'S15'],
  ['What prompted the two governments to revive the security dialogue?', 'S7'],
  ['What does the report state regarding the history of these consultations since their inception?', 'S15'],
  ['wat is japn hopin 4', 'S6'],
  ["what's up with japan and china", 'S1'],
  ['how big a deal is this', 'S4'],
  ['How many rounds of dialogue preceded the present initiative, and since when?', 'S15'],
  ['On what basis will Japan maintain that its security policy is not directed against China?', 'S9'],
  ['wich city', 'S1'],
  ['hu frm japan', 'S8'],
  ['how meny x hav they met', 'S15'],
  ["what's the big news", 'S1'],
  ['what are the risks', 'S13'],
  ['is taiwan mentioned', 'S14'],
  ['is the us mentioned', 'S11'],
  ['is ther a us angel', 'S11'],
  ["explain it like i'm 10", 'S1'],
  ['where does this leave japan and china', 'S6'],
  ['where do they disagree', 'S4'],
  ['hoos goin', 'S8'],
  ['wat wil china ask abowt', 'S11'],
  ['wen wuz the last won', 'S5'],
  ['which city hosted the last talks', 'S5'],
  ['wher r tey gonna be held', 'S1'],
  ['how mny rondz', 'S15'],
  ['who sez so', 'S1'],
  ['how did it come to this', 'S15'],
  ['everything in one message please', 'S1'],
  ['is this important', 'S4'],
  ['is this for real or a rumour', 'S1'],
  ['wats jpn tellin china', 'S2'],
  ['the article in brief', 'S1'],
  ['what led up to all this', 'S15'],
  ['gimme the overview real quick', 'S1'],
  ['what will japan say', 'S2'],
  ["what's japan going to say to china", 'S2'],
  ['What number of rounds have taken place since 1993?', 'S15'],
  ['wen r they sposed to meet', 'S1'],
  ['hoo agreeed to start agen', 'S7'],
  ['wy is japan hopefull', 'S6'],
  ["so what's all this about", 'S1'],
  ["what's the story in short", 'S1'],
  ["what's the significance", 'S4'],
  ["what's going to happen", 'S1'],
  ['who is sayin this', 'S1'],
  ["what's going on between tokyo and beijing", 'S1'],
  ["what's important about this meeting", 'S4'],
  ["what's it all mean", 'S4'],
  ['what should people know', 'S1'],
  ["what's special about this round", 'S6'],
  ['what will japan argue about self defence', 'S9'],
  ['What maritime arrangement do the talks hope to advance?', 'S13'],
  ['give me the lowdown', 'S1'],
  ['why are people talking about this', 'S4'],
  ['tell me the important stuff', 'S1'],
  ['what should i make of this', 'S4'],
  ['why japan say self defense is ok', 'S9'],
  ['What level of officials will represent the two governments?', 'S8'],
  ['wer do tha tlks happen', 'S1'],
  ['wat is japn hopn 4', 'S6'],
  ["what's at stake for japan", 'S4'],
  ["what's all the fuss about", 'S4'],
  ['wen r the tawkz', 'S1'],
  ['wher iz it bein held', 'S1'],
  ['wen wer the last talx', 'S5'],
  ['wher did u get this', 'S1'],
  ['where did you get this', 'S1'],
  ['short n sweet version?', 'S1'],
  ['explain the situation', 'S1'],
  ['is this a big step forward', 'S4'],
  ['where do things stand', 'S1'],
  ['wat dose japan wont frm china', 'S3'],
  ['wat dus china wont frm japan', 'S11'],
  ['hw mny rnds', 'S15'],
  ["what's this talks business", 'S1'],
  ["what's the outlook", 'S6'],
  ['when did the dialogue first take place', 'S15'],
  ['why is it not aimd at china', 'S9'],
  ['were r they meating', 'S1'],
  ['hoo is goin from tokio', 'S8'],
  ['wats the self defense thing', 'S2'],
  ['hoo is the sorse', 'S1'],
  ['which topics are up for debate at the talks', 'S4'],
  ["what's behind all this", 'S4'],
  ['what should i understand about this', 'S1'],
  ["what's new in this article", 'S1'],
  ['sum it all up for me', 'S1'],
  ['what do i tell my friends about this', 'S1'],
  ['is the us mentioned in the article', 'S11'],
  ['hoo gos to tha tlks', 'S8'],
  ["what's the whole thing about", 'S1'],
  ["i'm lost, explain", 'S1'],
  ['start from the basics pls', 'S1'],
  ["what's this meeting for", 'S4'],
  ['the senkakus in chinese parlance', 'S14'],
  ['hoo is japns reprezentativ', 'S8'],
  ['wat do they wanna tok abt', 'S4'],
  ['what should i take from this article', 'S1'],
  ['hoo is the sauce', 'S1'],
  ['what are they meeting about', 'S4'],
  ['what does all this mean', 'S4'],
  ["what's the story behind the islands", 'S14'],
  ['What number of security talks preceded the current plans?', 'S15'],
  ['What mechanism do the talks seek to establish?', 'S13'],
  ["what's the mechanism they want to set up at sea", 'S13'],
  ['wen dey doin it', 'S1'],
  ["what's going on with japan and china these days", 'S1'],
  ["what's this article saying overall", 'S1'],
  ['so whats the news exactly', 'S1'],
  ["japanese side's leader at the talks", 'S8'],
  // An analyst's words for the article's: a mission, what a side envisages, a fruitful round, assurances, policy documents.
  ['what is the mission of the dialogue', 'S13'],
  ['what if the talks prove fruitful', 'S6'],
  ['what assurances will japan give china about collective self-defense', 'S9'],
  ['which policy documents will china ask about', 'S11'],
  ['how does the article characterise the thematic emphasis', 'S4'],
  ['how menny rounds came before', 'S15'],
  ['wat r they tokin abowt', 'S4'],
  // What a side expects out of the talks is what it hopes for; a learner's "make this talks" is holding them.
  ['wat r they expectin from the talks', 'S6'],
  ['what are the talks focussin on', 'S4'],
  ['why making this talks', 'S4'],
  // What a side is trying to get is what it hopes for; a listed misspelling keeps its ending ("meatings"); "identified as" frames.
  ['wat r japan tryin to get from this', 'S6'],
  ['where r the meatings held', 'S1'],
  ['What is identified as the principal focus of the upcoming talks?', 'S4'],
  // -tion as it sounds; what the talks "hope" to set up is their aim; who says it is no part of the question; "or not" leaves it open.
  ['who is in the japanese delegashun', 'S8'],
  ['what do the talks hope to establish', 'S13'],
  ['What, according to the sources, will Japan ask China?', 'S3'],
  ['what prior understanding led to the talks', 'S7'],
  ['what is the numerical record of the talks', 'S15'],
  ['is it a big deal or not', 'S4'],
  // Who is quoted is the article's source; an outlet that published it is asked for, not when.
  ['who is being cited in the report', 'S1'],
  ['which news agency published this', 'S1'],
  ['wat sitty is hosting', 'S1'],
  // A sceptic's "theatre", "a waste of time", "will anything come of it" ask what the talks are for; "at this stage" is now.
  ['is it all just theatre', 'S6'],
  ['will anything good come of these talks', 'S6'],
  ['are the talks a waste of time', 'S4'],
  ['why is this round happening at this point', 'S4'],
  ['wen is the nex round', 'S1'],
  // Opening words ("so", "ok") go before the rules read the question; budgetary = budget, a designation a name.
  ["so what's the big picture", 'S1'],
  ['What budgetary transparency does Japan seek?', 'S3'],
  ['wat abt the navee', 'S12'],
  // "name the …" asks who.
  ['name the official mentioned in the article', 'S8'],
  // "wear is" opening a question is where.
  ['wear is the meeting', 'S1'],
  // "at the moment" is now; collaboration = cooperation; the real issue is the focus; a post someone holds asks who.
  ["what's going on between japan and china at the moment", 'S1'],
  ['What aspects of US-Japan defense collaboration concern China?', 'S11'],
  ['is the real issue the islands', 'S4'],
  ['what position does sugiyama hold', 'S8'],
  // What they are trying to set up is their aim, and so is a target outcome.
  ['what are they trying to set up', 'S13'],
  ["what's the target outcome of the talks", 'S13'],
  // The people an article names are its officials, not a name it gives the islands.
  ['who are the key people named in the article', 'S8'],
  ['who is named in the article', 'S8'],
  // Chat shorthand (w, n), a story's words (the protagonist, the lore), a relative "who" that asks nothing.
  ["what's the lore of these talks", 'S15'],
  ["who's the protagonist here", 'S8'],
  // What the teller had no idea of is no part of the question.
  ['my friend from hong kong asked me where the talks will be held and i had no idea', 'S1'],
  // Why Japan talks about the UN is how it justifies itself; who the sources say will attend asks who.
  ['y dus japan talk abowt the un', 'S9'],
  ['who do the sources say will attend', 'S8'],
  // "do you mind telling me" is the request around the question.
  ['do you mind telling me who is going from japan', 'S8'],
  ['what does the article teach us', 'S1'],
  ["what's the deal with all this", 'S1'],
  ['wat citee', 'S1'],
  ['wat wil china ask bout', 'S11'],
  ['hoo says the ilands r theirs', 'S14'],
  ['when are the talks? asking for a colleague who\'s a reporter', 'S1'],
  // The time since the last talks, an agreement by another name, the alliance's framework, a vowel as it sounds.
  ['What was the interval since the preceding round?', 'S5'],
  ['how much time has passed since the previous round', 'S5'],
  ['What diplomatic understanding preceded the arrangement of the talks?', 'S7'],
  ['Which bilateral defence framework does Beijing wish to see clarified?', 'S11'],
  ['wat r tokyos hoaps', 'S6'],
  // An everyday word with its g dropped; formal wishes, extents, counterparts and benefits; a lead-in before the question.
  ['y is japan mentionin the un', 'S9'],
  ['What domestic legal changes will Japan explain to its counterpart?', 'S2'],
  ['To what extent is Chinese defence expenditure on the agenda?', 'S3'],
  ['What broader diplomatic benefits does Tokyo anticipate?', 'S6'],
  ["honestly i just want to know which weapons japan is curious about, someone said carriers but i don't trust reddit", 'S10'],
  ['adding to the server wiki - who represents japan', 'S8'],
  ['what do i need to know here', 'S1'],
  ['quick summary for the people who just woke up', 'S1'],
  ["what's the latest on japan and china", 'S1'],
  // "plain" is a word, not "plane"; the Tokyo talks are the talks; agencies, interests, handshakes, lists and bullet points.
  ['in plain terms when are these talks happening and where', 'S1'],
  ['give me the rundown on the tokyo talks', 'S1'],
  ['Which government agencies will participate in the dialogue?', 'S8'],
  ['Which Chinese military programmes are of particular interest to Tokyo?', 'S10'],
  ['What longer-term diplomatic objectives does Japan attach to the talks?', 'S6'],
  ['i saw a tweet that said the foreign ministers shook hands on this ages ago, when was that and who were they', 'S7'],
  ['name everyone mentioned in the article', 'S8'],
  ["bullet points of japan's demands please", 'S3'],
  ['list the islands involved', 'S14'],
  // A letter left out of a long word; another spelling of Diaoyu; Japan seeking (China "seeks clarity"); the minister named.
  ['ho many rouns', 'S15'],
  ['diayoo??', 'S14'],
  ['Why does Japan seek greater transparency from China?', 'S3'],
  ['which chinese minister is mentioned', 'S7'],
  // Where it all started, a legislative programme, air craft, "at present", contested waters, more spellings.
  ['where did all this start', 'S15'],
  ['What legislative programme will Japan present?', 'S2'],
  ['wat abowt air craft carryers', 'S10'],
  ['which country controls the senkakus at present', 'S4'],
  ['What concerns does Beijing have about Japanese patrols in contested waters?', 'S12'],
  ['wat mekanizm r they plannin', 'S13'],
  ['y does japan nead to explane its laws', 'S2'],
  // An example or a guess after the question is not it; someone "wants to know" leads in to the question.
  ['ok i admit i skimmed the article, but was there something in there about what japan hopes the talks will lead to, like further meetings', 'S6'],
  ["i'm putting together a reading list for our study group and need to know what china wants clarity on, the guidelines or something", 'S11'],
  ['a friend who lives in okinawa is worried about the islands and wants to know who else apart from japan says they own them', 'S14'],
  ["i'm a student journalist and my editor wants to know what the crisis mechanism would actually do", 'S13'],
  // A question that points back is read with the clause before it; a reason after "because" is not the question.
  ["so my grandma who lived through the war says japan and china will never get along, but the article talks about mutual trust, what's that about", 'S4'],
  ['i just want to double check the year the last talks happened because two websites say different things', 'S5'],
  ['can u explain this whole thing', 'S1'],
  ['recap for the late crowd?', 'S1'],
  ["what's the talk of the town here", 'S1'],
  // Chat spellings, "how come", a newcomer's primer, the governments by metonym and nickname.
  ['wassup with these security talks', 'S1'],
  ['how come this is happening right now', 'S4'],
  ['what should a newcomer know about this', 'S1'],
  ['quick primer on the talks?', 'S1'],
  ['bottom line for a busy person?', 'S1'],
  ['wat wil japn say abt the consitushun', 'S2'],
  ['wen wus the last won', 'S5'],
  ['before i write my essay i want to check when the foreign ministers agreed to get these talks going again', 'S7'],
  ['what does kasumigaseki want from the talks', 'S3'],
  ['what did the two top diplomats agree last year', 'S7'],
  ["what's the land of the rising sun asking china", 'S3'],
  // "mutual understanding" is trust, "diplomatic understanding" an agreement.
  ['is there mutual understanding at sea', 'S4'],
  // "4 japan", a bare "how many have there been", where the teller works, the gist in other words.
  ['who iz goin 4 japan', 'S8'],
  ['y doez japan talk bout the un', 'S9'],
  ['i think i remember reading that the talks have been going since the 90s, how many have there been total', 'S15'],
  ['i work on a fishing boat and we hear about near misses at sea all the time, what are the talks trying to set up to stop that', 'S13'],
  ['when are the talons being held', 'S1'],
  ["so what's the story with all these japan china posts", 'S1'],
  ["what's new in the world of japan china relations", 'S1'],
  ['just tell me what i need to know', 'S1'],
  // The manner and the reader asked for are not the question; "was i right" closes a message; the sea misspelt.
  ['explain the article like a news anchor would', 'S1'],
  ["what's the gist for someone who doesn't follow asia", 'S1'],
  ['what am i reading here', 'S1'],
  ['what difference could these talks make', 'S4'],
  ['wil jpn send shipz to the south china see', 'S12'],
  ['Which reinterpretation of the postwar Constitution does the report cite?', 'S2'],
  ["i've got a bet with a friend that the last talks were in tokyo, was i right", 'S5'],
  // "do" is no view of Taiwan's; "want to understand" is a lead-in only for a party.
  ['do china and taiwan both claim the islets', 'S14'],
  ["sorry for the wall of text but i really want to understand what japan thinks it will get out of this, like what's the win for tokyo", 'S6'],
  // Who told the teller, what people say, "is he wrong" and "like last time" are the story; a count to check.
  ['someone told me the talks will be in beijing again like last time, is that right', 'S1'],
  ['my brother says there have only been a couple of these talks ever, is he wrong', 'S15'],
  ['i know this is a silly question but when people say the talks are the first in four years, does that mean there were none at all since 2011', 'S5'],
  ['is there a population on those islets or not', 'S14'],
  ['run it by me real quick', 'S1'],
  ['what do i need to tell my class about this', 'S1'],
  // The bot's own command typed as a message; a party's rep; q's; what an acronym stands for; the top line.
  ['!ask diaoyu?', 'S14'],
  ['japans rep at teh talks?', 'S8'],
  ["chinas q's 4 japan", 'S11'],
  ['msdf stands for what', 'S12'],
  ['What categories of Chinese military investment interest Japan?', 'S3'],
  ["what's the top line", 'S1'],
  ["why's everyone suddenly talking about japan and china", 'S4'],
  ['what should i remember from this', 'S1'],
  // "in one go", dialect particles, a calendar, the significance for one side.
  ["what's the deal here in one go", 'S1'],
  ['bro when the talks ah', 'S1'],
  ['What is the anticipated calendar for the security consultations?', 'S1'],
  ["what's the significance for japan", 'S4'],
  // Who an explanation is for; the bot's take on a question the article answers; "tl;dr" is one word.
  ['explain this story to a first-timer', 'S1'],
  ["what's the key message of this report", 'S1'],
  ['a simple explanation please', 'S1'],
  ['why is this a notable development', 'S4'],
  ["what's your take on why japan mentions the un charter", 'S9'],
  ['hoo leeds japans side', 'S8'],
  ['wat gidelines is china worryd abowt', 'S11'],
  ["i was talking with a friend about japan's alliance with the us, does china have anything to say about that in these talks", 'S11'],
  // Who the summary is for, inverted and clipped questions, a side's "guy", the name a government uses, the 2+2.
  ['summary for someone busy?', 'S1'],
  ['explain it like i just woke up', 'S1'],
  ['these talks go back how far', 'S15'],
  ["what's going on in the japan china world", 'S1'],
  ['whos japans guy', 'S8'],
  ['how many tyms hav they met', 'S15'],
  ['for a quiz tonight i need the number of rounds of japan-china security talks before this one', 'S15'],
  ['which government uses the name diaoyu', 'S14'],
  ["what's the deal with the 2+2 guidelines", 'S11'],
  ['who from japan is coming to the talks', 'S8'],
  // A briefing's length, a thread, what a relation follows and says, -tion as it sounds after two letters.
  ["what's the 30 second version", 'S1'],
  ['give me a one-minute briefing', 'S1'],
  ["what's this thread about", 'S1'],
  ["my cousin follows defence news and says japan wants to know about china's carriers and jets, is that right", 'S10'],
  ['y dus japan keep mentionin the united nashuns', 'S9'],
  ['wen wer the talks last helled', 'S5'],
  ['what city is hosting the summitry', 'S1'],
  // "served" is no slip for "server"; news about the talks is the article; a meme or "it" is the story.
  ['my dad served in the msdf and wants to know whether the south china sea is going to come up', 'S12'],
  ['why are the talks worth paying attention to', 'S4'],
  ['any update on japan china security stuff', 'S1'],
  ['wut abt spase n cyberspase', 'S10'],
  ["there's a meme going round about japan asking china to show its receipts for military spending, is that actually a thing in the article", 'S3'],
  ["i'm confused why the article brings up taiwan at all, what does it say about taiwan", 'S14'],
  // A teller's closing aside; what a relation asked; kaomoji letters; which two officials agreed.
  ["summarise please, i'm late", 'S1'],
  ['why do these talks matter for peace', 'S4'],
  ['wen r thos talks', 'S1'],
  ['my roommate asked if the talks will be held in tokyo, is that right', 'S1'],
  ['which two officials agreed that the talks should resume', 'S7'],
  ['which two ministers signed off on resuming these', 'S7'],
  ['ʕ•ᴥ•ʔ who is going from japan', 'S8'],
  // The gist of "this story"; each side's goals; "end up getting"; the teller's trying; machine-translated English.
  ["what's in this story", 'S1'],
  ["what's the essence of the article", 'S1'],
  ['why is this important for east asia', 'S4'],
  ["what are the two sides' goals", 'S11'],
  ['how did the talks end up getting arranged', 'S7'],
  ['how did we end up with talks in april', 'S7'],
  ["i'm trying to find out when the last japan china security talks were, can anyone help", 'S5'],
  ['could someone confirm that the talks are in tokyo and not beijing', 'S1'],
  ['Please teach me the holding place of the talks.', 'S1'],
  // A final s typed as z; "in the works"; "whats all this"; why the talks resuming matters.
  ['hoo is japanz guy at the tawks', 'S8'],
  ['wat abowt carrierz and jetz', 'S10'],
  ['how meny meetinz befor', 'S15'],
  ['how long has this been in the works', 'S7'],
  ['so whats all this then', 'S1'],
  ["what's the significance of the talks resuming", 'S4'],
  // "these two", a summary that "would be nice", "from what year", "occur", the argument Japan makes, "remind me exactly when".
  ["so what's the latest with these two", 'S1'],
  ['a summary would be nice', 'S1'],
  ['why would this matter to anyone outside asia', 'S4'],
  ["what is it i'm looking at", 'S1'],
  ["what's the most important part of the story", 'S1'],
  ['From what year have the two countries held security talks?', 'S15'],
  ['When and in which city did the last round occur?', 'S5'],
  ['so japan wants to explain its self-defense decision, but what exactly is the argument it\'s going to make', 'S9'],
  ["i'm coming back to this after a week away and it seems like the talks are happening soon, so could someone remind me exactly when and where", 'S1'],
  ['who speaks for japan at the talks', 'S8'],
  ['remind me again when the talks are', 'S1'],
  // "this time" after the two parties; an aside in brackets at either end.
  ["so what's up between japan and china this time", 'S1'],
  ['where are the talks [genuine question]', 'S1'],
  ['(asking for a friend) who claims the islands', 'S14'],
  // How long the dialogue has been running; the heads of the ministries; spellings; a fast summary.
  ['How long has the bilateral security dialogue been running?', 'S15'],
  ['Which leaders of the two foreign ministries agreed last November to resume?', 'S7'],
  ['why dus japan sey its a rite', 'S9'],
  ['wat r the kareers and jets bit', 'S10'],
  ['give me a fast summary', 'S1'],
  ['why is the world watching these talks', 'S4'],
  // How the asker vouches for a question; a couple of lines; sitting down to talk; a side's top diplomat.
  ["genuine question, who's going from japan", 'S8'],
  ['real talk, when were the last talks', 'S5'],
  ['give me a couple of lines on this', 'S1'],
  ['wen r they sittin down 2 talk', 'S1'],
  ['wen wuz it last dun', 'S5'],
  ["who is china's top diplomat", 'S7'],
  ["who is japan's top diplomat at the talks", 'S8'],
  // The latest news of the two; what the talks hope to achieve; why a party is mentioned; a subject then "tl;dr".
  ["what's the latest news between tokyo and beijing", 'S1'],
  ['ok so i get that there are tensions over the islands, but what exactly do the talks hope to achieve at sea', 'S13'],
  ['i keep wondering why taiwan is even mentioned in this article', 'S14'],
  ['collective self-defense, tl;dr', 'S2'],
  ['lemme get the tldr', 'S1'],
  // "come to happen"; closing "according to the article" and "do we know any names"; help understanding.
  ['how did these talks come to happen', 'S7'],
  ['my uncle was stationed in okinawa and wants to know who the islands belong to, according to the article', 'S14'],
  ["i'm trying to work out who's attending from japan's side, do we know any names", 'S8'],
  ['help me understand this story', 'S1'],
  ['condensed version please', 'S1'],
];

const OFF_TOPIC = [
  // How others greeted the talks, and a budget's figures: the article gives neither.
  'what do the us-japan guidelines say',
  'who is the top chinese official at the talks',
  'best things to do in tokyo in april',
  'how big is beijing',
  'which pla general will attend',
  'what happened at the first talks',
  'can you link the original article',
  'when was the article published',
  'has japan deployed troops abroad before',
  'what is the japan-us alliance',
  // Against earlier rounds, if the talks fail, or between the militaries: the article compares and foresees nothing.
  'what if the talks break down',
  'is the delegation the same as before',
  "how is china's navy different from japan's",
  'are the talks less important than the summits',
  '中国的人口是多少',
  'who will sign the crisis mechanism',
  // A summary of something else, a budget of one programme, writing for the user, why the talks might fail.
  'summarize the lord of the rings',
  "what is china's navy budget",
  'write a report on the east china sea',
  'give three reasons the talks might fail',
  // "the whether" is the weather; past revisions of the guidelines; the MSDF in the East China Sea.
  "what's the whether like in beijing",
  'have the guidelines been revised before',
  'does the msdf patrol the east china sea',
  'has beijing accepted the crisis mechanism',
  'i heard beijing has two carriers, right',
  'will they hold talks again next year',
  'who are the bad guys',
  'does kishida enjoy golf',
  'has the venue been officially confirmed',
  'how many chinese diplomats will come',
  'which cities will host future rounds',
  'which ministers are opposed to the talks',
  "what's the timeline for the bill",
  'any big headlines in sports',
  'how many times has the msdf patrolled there',
  "when did japan's constitution take effect",
  'how frequently will the msdf patrol',
  'who took part in the first round in 1993',
  'what will be decided in tokyo',
  'china military size',
  'what did the pla do recently',
  'can the sdf fight overseas',
  "what's japan's position on the south china sea",
  'who is japans prim minster',
  'what does the maritime crisis mechanism cost',
  'how many rounds did beijing host',
  'Which Chinese minister will attend the talks?',
  'i was reading about the 2012 island purchase by the japanese government, why did they buy them',
  'my teacher says the talks will end with a joint statement, what will it say',
  "What is the Chinese defence ministry's budget for the coming year?",
  "my friend studies in beijing and says chinese students don't care about these talks, is that true",
  'we were talking in class about whether the talks will be held every year from now on, will they',
  "recap of last night's episode?",
  'what kind of chinese vessels go near the senkakus',
  'what is the south china sea code of conduct',
  "what's china's position on the us-japan guidelines",
  "what's the main story on bbc today",
  "what was japan's message in beijing in 2011",
  "what's the long and short of the brexit deal",
  'i saw a headline saying china will cancel the talks if japan passes the laws, is that in the article',
  'when did japan last host the talks',
  'what will taiwan do about the talks',
  'what laws will japan pass next year',
  "what's the news from wall street",
  'my friend thinks the talks will decide who owns the islands, is that right',
  "does anyone have a spare steam key, i'm bored",
  'since what year have the islands been disputed',
  'what will china say about the constitution',
  'whats the tl;dr on the fed meeting',
  'my teacher wants to know what the us government said about the talks',
  "what were wang yi's words last november",
  'does china also hold security talks with washington',
  'what are the japan-us guidelines called officially',
  "what's your opinion on japan",
  'what is 2+2',
  "i've heard rumours that the us will observe the talks, what does the article say about the us role",
  'i just adopted a kitten, any name ideas',
  'sea ya',
  "What is the defence ministry's position on the talks?",
  'how many of the 12 rounds were in china',
  'is a japan china summit scheduled for this year',
  'which chinese cities have naval bases',
  'tl;dr the new tax rules',
  "what are japan's new destroyers called",
  'will the talks be held at the foreign ministry',
  'what year did the msdf start',
  'what are the terms of the un charter',
  'is this about the fukushima water release',
  'any news on the olympics',
  'who commands the maritime self-defense force',
  'recipes?',
  'who will attend from the pla',
  'why tokyo and not beijing',
  'What treaty governs the East China Sea?',
  'what does china call its maritime police',
  'please you can teach me japanese',
  'how will the crisis mechanism be funded',
  'can the msdf use force abroad',
  'What is the budget for hosting the talks?',
  "who speaks for china's foreign ministry",
  'will the crisis mechanism cover the air',
  'remind me to drink water',
  'Which countries will observe the talks?',
  "will the talks change japan's constitution",
  "what is china's budget for carriers",
  '(brb)',
  'who will chair the first session',
  'what will china say about the senkakus',
  'i read that japan will cut its defence budget after the talks, is that right',
  'who represents the pla at the talks',
  'where will the next talks after these be',
  'real question: is the bot a person',
  'Which newspapers broke the story first?',
  "who held japan's foreign ministry in 2011",
  'where will the 14th round be held',
  "what did china's foreign minister say",
  'hoo iz da best',
  'how long have you been running',
  "what's japan's birth rate? it's for a different project",
  "what's the 30 second version of the lord of the rings",
  'what does kyodo stand for',
  '+rep @someone',
  'summary of the history of the bbc',
  // Japan and South Korea's dialogue is one story, though "also" splits it.
  'i heard japan and south korea are also planning some kind of security dialogue soon, when is that one supposed to happen',
  'just curious since i\'m planning a trip, will the talks in tokyo cause any disruption to public transport or tourist sites that week',
  'so i was reading about the philippines and the south china sea arbitration ruling, what did the court decide',
  'my friend and i are arguing about pineapple on pizza, who is right',
  'what will happen to the islands after the talks',
  'which chinese officials will attend',
  'wen is the nxt eclipse',
  'when did japan first use collective self-defense',
  'are the talks happening because of america',
  'who is ahead in the arms race',
  'wats the japanese word 4 hello',
  "what's the best vpn for china? i'm travelling soon",
  "what did china's defense ministry announce",
  '日本の首相は誰ですか',
  'which governments have praised the dialogue',
  'which countries welcomed the meeting',
  'what are the military budgetary figures for china',
  "name of the SDF's top general",
  'a short history of japan china relations',
  'on what legal grounds does china claim the senkakus',
  'when is the next us-japan security dialogue',
  'is beijing dangerous',
  'will the talks be in english',
  'what do ordinary chinese people think of the talks',
  "where can i read japan's defence white paper",
  'when is the japan china rugby match',
  'what does china want from washington',
  'who is beijing sending',
  'which patrols does the msdf run currently',
  'where exactly is the south china sea',
  'who pays for the talks',
  'does china have a bigger navy than japan',
  'can anyone recommend a good source for my essay on the cold war',
  'what is the weather in Osaka today',
  'who is Japan’s prime minister?',
  'what did Russia say',
  'population of Taiwan',
  'when are the us japan talks',
  'when will the US and China hold talks?',
  'is the us joining the talks',
  'how big is the japanese army',
  'I love these talks, but who is the prime minister?',
  'who made this',
  'what does the us think about the talks',
  'is taiwan a country',
  "what is japan's defense budget",
  'tell me a joke',
  'which languages are spoken in china',
  'how are things',
  'who is the pm of japan',
  'how old is kishida',
  'can i be a mod',
  'remind me when the talks start',
  'how long will the meeting take',
  'when is the next summit',
  'what did wang yi say about japan',
  'will the public see the talks',
  'which is the largest of the islands',
  'who discovered the diaoyu islands',
  "is japan's navy stronger than china's",
  'what will the us ask japan',
  'does china have satellites',
  "tell me about china's history",
  "who is china's finance minister",
  'who claims the paracel islands',
  'what did the un say about japan',
  'what year is it now',
  'gsdf size',
  'who is your maker',
  "what is japan's strategy",
  'what language is spoken in taiwan',
  'how fast can chinese carriers sail',
  'what will japan do if china refuses',
  'how do you say talks in japanese',
  'what is the coast guard doing around the senkakus',
  'how many fighter planes does china have',
  'what time is it in tokyo',
  'who runs china',
  '!play lofi',
  'which party runs japan',
  'is there a peace treaty between japan and china',
  "today's date pls",
  'please stop',
  'how tall is wang yi',
  '2011 talks attendees',
  'what was decided in 1993',
  'what did the 1993 talks cover',
  'which country proposed the talks first',
  'rate of growth of the PLA budget',
  'which cyber attacks came from china',
  'where did sugiyama study',
  'is there a US-China security dialogue planned',
  "what's kyodo's website",
  "japan's yearly defense outlay",
  'who won the senkaku dispute',
  'is wang yi still fm',
  'how do i get to tokyo',
  'has the date been officially announced',
  'what did kishida and wang yi discuss besides the talks',
  'venue of the kishida-wang meeting last november',
  'how do i report someone',
  'pls delete my last message',
  'who owned the islands before 1895',
  "beijing's official response?",
  "what's the budget of the SDF",
  'what does the kyodo article cost',
  'what does america think',
  'what does washington want',
  'when will the round after tokyo be',
  'when will japan pass the security legislation',
  'did china build islands in the south china sea',
  'cherry blossom season tokyo april',
  'east china sea area in km2',
  "what's taiwan's view of the talks",
  'anybody up rn',
  "who's online rn",
  'how do i get the verified role',
  "who heads china's defence ministry",
  'how did the april talks end',
  'what came out of the beijing round in 2011',
  "kishida's statement after the meeting",
  'pla troop numbers',
  'what does the un think',
  "name of china's vice foreign minister",
  'revision date for the us-japan guidelines',
  'who is the kyodo reporter',
  'why did china declare an air defence zone',
  "what's the latest on the talks",
  'us troop numbers in japan',
  'what does the prc call taiwan',
  'what happened after the 2011 talks',
  'who is the minister of defence of china',
  "what's the difference between the msdf and the navy",
  "what's your purpose",
  'what comes after the talks',
  "when is japan's next budget",
  'reason for the 2011-2015 pause',
  'what were the 12 rounds about',
  'has china built an aircraft carrier',
  "wang yi's number two",
  'many thanks',
  "what's the history of the senkaku dispute",
  'is japan going to change its constitution formally',
  "isn't japan's defense policy none of china's business",
  'is china spending more than japan',
  'which side is right',
  'why should anyone trust these talks',
  'is japan lying about the constitution',
  "What is the PLA's position on the talks?",
  'who controls the south china sea',
  "what does japan's constitution say exactly",
  'What were the outcomes of the 2011 round?',
  "what's in it for china",
  "What is Beijing's assessment of the planned talks?",
  'who cares',
  'what will happen after the talks',
  'did japan invite china to tokyo',
  'where will the chinese delegation stay',
  'capital city of japan?',
  "What is Japan's current defence budget?",
  "i'm going to be in beijing for a conference in april and i wondered if the talks will cause any security lockdowns there",
  'what does the msdf do day to day',
  'topics of the 2011 meeting',
  'will the talks be held in the foreign ministry building',
  'is the us-japan alliance getting stronger',
  "what are china's territorial claims in the south china sea",
  "what's china's official name for the east china sea",
  'who pays for the talks',
  'how old is the un charter',
  "who was china's foreign minister before wang yi",
  'how long has kishida been foreign minister',
  'taiwanese foreign minister name',
  'what did the 2011 talks conclude',
  'did kishida and wang yi shake hands',
  'when did china get its first carrier',
  "who is japan's new foreign minister",
  'who leads the pla',
  'what do the senkakus look like',
  'can kyodo be trusted',
  'sdf personnel total',
  '/rank me',
  'msdf patrol history',
  'remind me to vote tomorrow',
  'why are the senkakus important',
  'when did wang yi become foreign minister',
  'how many rounds will there be in total',
  "what's sugiyama doing now",
  'is the south china sea dispute getting worse',
  'are you online',
  "who's in vc",
  'us reaction?',
  'japan carriers number',
  "what's the us navy doing in the south china sea",
  'is this bot working',
  'what do you even know',
  'where do i report a bug',
  'goood morning',
  'price of a carrier',
  'what does kyodo stand for',
  'who is the owner of this server',
  'starving rn',
  'what happened at the 12 previous rounds',
  'did china agree to the talks in writing',
  'are you smart',
  "what's the military budget of japan",
  'who will represent taiwan',
  'what did the japanese press say',
  'what does diaoyu mean',
  'who does sugiyama report to',
  'what time do the talks start',
  'will the talks be in chinese or japanese',
  'well done',
  '/top',
  'where is everyone',
  "Who will head China's delegation?",
  'Which ships have clashed near the Senkakus?',
  "What is Japan's official position on the Diaoyu name?",
  'who is the kyodo reporter',
  '東京の天気は？',
  '',
  '?!?!',
  'leaderboard',
  'were the talks in beijing a success',
  'what is the new security law called',
  'does china have space weapons',
  'will taiwan send ships to the islets',
  'did the us mediate',
  'where will the next summit be held',
  'who was china’s foreign minister in 2011',
  'was the 1993 round in beijing',
  'have the two ever fought',
  'when is the next cabinet meeting',
  'what is the taiwanese name for the senkakus',
  'any clashes in the east china sea this week',
  'when was the pacifist constitution written',
  'how long did the last round last',
  'what are the odds of a deal',
  'how often is the constitution reinterpreted',
  'who owned the senkakus originally',
  'does the chinese navy patrol the east china sea',
  'how much do the talks cost the taxpayer',
  'thanks for the help with the earlier round stuff',
  'can you recommend some reading',
  'is the hotline already in place',
  'how many submarines does the msdf operate',
  'who heads the defence ministry',
  "what's the japanese for 'islands'",
  'link to the article pls',
  'what did china get out of the previous talks',
  'is the charter legally binding',
  'where were the twelve rounds held',
  'when was the un charter drafted',
  'when was it published',
  'post the server rules',
  'what do people think of the talks',
  'any news since the article',
  'what happened after april',
  'are there soldiers on the islets',
  'where is the median line in the east china sea',
  'what is the size of the senkakus',
  'has the msdf already patrolled the south china sea',
  'will the leaders also meet in april',
  'is kyodo independent',
  'is china aggressive at sea',
  'has beijing already explained its military budget',
  'is japan going to buy new jets',
  'first!!',
  'who is the author of this story',
  'is this bad news for china',
  'will they reach an agreement',
  'will the senkaku dispute be resolved',
  'this bot is great',
  'what is in the guidelines',
  'why were the talks suspended after 2011',
  'hey everyone, just got here',
  "i'll be back later with more questions",
  'how many words is the article',
  'can you link me the original',
  'what time the meeting begin',
  'who win the dispute',
  'what was the topic of the first round',
  'true or false: the us will attend',
  'taiwan will patrol the islands',
  "so i was going to go to bed early but now i'm reading about east china sea disputes at 2am, send help",
  'names of the diplomatic sources?',
  'idk what to ask lol',
  'will this become an annual thing',
  'when was the cabinet decision reversed',
  'will these talks actually fix anything',
  "isn't the us pulling the strings here",
  'what does china actually spend on its military',
  "why doesn't japan just give up the islands",
  'whos behind this bot',
  'are the senkakus worth fighting over',
  'what happened at the last leaders summit',
  'what did japan propose in january 2011',
  'PLA Navy order of battle',
  'US DoD readout',
  'is wang yi going to tokyo',
  "what's the budget for the talks",
  'is china going to stop sending ships to the senkakus',
  'is a follow-up round already planned',
  'who proposed the crisis mechanism',
  "from what i've seen online the talks have already been postponed once, is that right and why did it happen",
  'is april a holiday month in japan',
  'any word from washington on it',
  'china aircraft carier names',
  'washington sending anyone?',
  'which ships patrol the senkakus',
  "kyodo's editor",
  'pls add me to the announcements role',
  'whose fault is the island row',
  'can we talk about something else',
  'stop spamming the channel',
  'taiwan strait crossing',
  'has china agreed to the agenda',
  'are you a person',
  'what is the chinese word for island',
  'where was the first one held',
  "washington's take on the talks",
  'predictions for the outcome',
  'what did the reporters ask',
  'whats the time over there',
  'whats new',
  'who is above sugiyama in the ministry',
  'which officials went to the beijing round in 2011',
  'what does taiwan say about the talks',
  'is april a rainy month in tokyo',
  'how many diplomats does japan have',
  'how many military people does china have',
  'where were the japan china summit talks held',
  'has wang yi been to tokyo this year',
  'is japan really dangerous',
  "who leads japan's government at the moment",
  'were the talks a success',
  'where is the japanese foreign ministry',
  'what is the un charter article 51',
  'are japanese troops in the south china sea now',
  'whos the presdent of taiwn',
  'PRC delegation composition',
  'how big is each delegation',
  "china's number two leader",
  "what are the guidelines' main points",
  'is japan going to change its constitution formally',
  "isn't japan's defense policy none of china's business",
  'how far are the senkakus from taiwan',
  "what is japan's cabinet made up of",
  'why does this bot only talk about one article',
  'PLA navy tonnage',
  "year china's claim started",
  'what will the us do',
  'what did the chinese side say about the talks',
  'when did the msdf patrol the south china sea',
  'how do u say islands in japanese',
  'what is the crisis mechanism called',
  'which city is bigger, tokyo or beijing',
  'how many times has china visited tokyo',
  'is the south china sea chinese',
  'Which think tanks have analysed the planned talks?',
  '2011 round highlights',
  'chinese coast guard incursions near senkaku, how often',
  'wat is the captal of taiwan',
  'is there a good documentary about the senkakus, i want to learn more',
  "what is china's navy doing in the south china sea",
  'how long do the talks last',
  "year taiwan's claim began",
  'how often do japan and china hold summits',
  'my aunt says the chinese navy has more ships than japan, how many does each have',
  "i've been learning about the silk road in class, did it reach japan",
  "how cold is tokyo in april, i'm packing for a trip",
  "which chinese apps are banned in japan, i'm curious",
  'i visited kyoto last year and loved it, which city should i visit next in japan',
  'What agreements were reached at the first round in 1993?',
  'what is the chinese name for tokyo',
  "kishida's years in office",
  'hoo is japans leadr',
  'what ships does the msdf use',
  'will japan change its constitution next year',
  'Which countries besides the United States have security guidelines with Japan?',
  'What did the PLA say about the planned talks?',
  "What is the status of China's third aircraft carrier?",
  "What is China's stated position on the crisis mechanism?",
  'what is the chinese word for island',
  'which is better',
  'which one',
  'What is the projected cost of the MSDF patrols?',
  'How did the Chinese Foreign Ministry characterise the 2011 round?',
  "japan's statement at the 2011 round",
  'who will host the talks after this',
  'is it true china has a new stealth bomber, my cousin saw a video',
  'Which Chinese maritime agencies operate near the Senkaku Islands?',
  'What timetable has been set for concluding the crisis mechanism?',
  'what year will japan amend its constitution',
  'how many times has china hosted the talks',
  "i've been watching the news about north korea's missile tests, are they on the agenda",
  'do you know any good japanese podcasts, i want to practise listening',
  'our school is doing a unit on climate change, does the article talk about pollution in the east china sea',
  'how many rounds were held in beijing',
  'which country has the most islands',
  "what's the best way to learn mandarin, i want to read chinese news myself",
  'who won the last round',
  'Which U.S. officials have been briefed on the talks?',
  'What verification measures are envisaged for the crisis mechanism?',
  'What was the outcome of the most recent Japan–China summit?',
  "what's going on in taiwan",
  'what are the latest headlines',
  'interpreters for the delegations?',
  'can citizens attend the talks',
  'hu jintao',
  'who led the first round in 1993',
  "honestly i think both governments are as bad as each other, don't you agree",
  "i've been watching a lot of anime lately and i want to visit tokyo, what's the best time of year to go",
  "what's going on in the middle east",
  'what did the 2011 round produce',
  'does taiwan have a navy',
  'wat tim is it in tokio',
  'which sea is the biggest',
  "my friend is flying to beijing next month for a conference, do you think it'll be safe given all the tension",
  "why doesn't the bot answer me",
  'my grandma lived through the war and gets upset whenever china and japan are in the news, how can i talk to her about it',
];

describe('the matcher answers questions as users type them', () => {
  it.each(ANSWERED)('%s → %s', (question, sentence) => {
    const { decision, reply } = bot.ask(question);
    expect(decision.kind).toBe('answer');
    expect(reply.citations.map((c) => c.id)).toContain(sentence);
    expect(reply.citations.length).toBeLessThanOrEqual(3);
  });
});

describe('the matcher abstains on what the article does not cover', () => {
  it.each(OFF_TOPIC)('%j', (question) => {
    expect(bot.ask(question).decision.kind).toBe('abstain');
  });

  it('abstains on a year before 2011 that the article never gives, and answers its own years', () => {
    expect(bot.match('what did china do in 2008').outOfScope).toEqual(['2008']);
    expect(bot.ask('what did china do in 2008').decision.kind).toBe('abstain');
    expect(bot.ask('were there talks in 2011').reply.citations.map((c) => c.id)).toContain('S5');
  });

  it('abstains when words that are in scope alone ask together for what the article does not give', () => {
    expect(bot.match('what did they decide at the previous round').outOfScope).toEqual(['previous round + decide']);
    expect(bot.ask('what did they decide at the previous round').decision.kind).toBe('abstain');
    expect(bot.ask("what are china's warships called").decision.kind).toBe('abstain');
    expect(bot.ask("how much is china's military budget").decision.kind).toBe('abstain');
    expect(bot.ask("who is china's deputy foreign minister").decision.kind).toBe('abstain');
    expect(bot.ask('does china have jets').decision.kind).toBe('abstain');
    for (const q of [
      'why does china claim the islands',
      'did wang yi visit tokyo',
      'when will the leaders meet',
      'how did the island tensions begin',
      'who will lead the chinese side',
      'how did the 1993 talks go',
      'did japan pass the legislation',
      'why did the talks stop',
      'when was the msdf founded',
      'who is the leader of china',
      'how long will the talks take',
      'is taiwan a province of china',
      'did the earlier rounds help',
      "what is the name of china's carrier",
      'did beijing explain its spending',
      'when was the last clash at sea',
      'is china reclaiming land on the reefs',
      'who attended the 2011 talks',
      'what is the foreign ministry called in chinese',
      'is kyodo biased',
      'should china give the islands back',
      'are the talks held in secret',
      'will china attack taiwan',
      'who is right, japan or china',
      'how old is kishida now',
      'who hacked the ministry',
      'where will the troops be deployed',
      'will wang yi attend',
      'who mediated the agreement',
      'who else is going apart from sugiyama',
      'what did the earlier rounds achieve',
      'is kishida younger than wang yi',
      'what was said at the 2011 round',
      'which nations patrol the south china sea',
      'what does senkaku mean in japanese',
      'what will not be discussed',
      'which is the largest island',
      'who is the navy chief',
      'where was sugiyama born',
      'what did japan ask at the previous round',
      'who programmed this',
      'what happened to kishida after that',
      'what weapons does the navy have',
      'who owns the islands legally',
      'when is the round after this one',
      'who led the last round',
      'did the previous round end badly',
      'who called off the talks',
      'will the media be at the talks',
      'how many rounds will come after this',
      'why do the senkaku islands matter',
      'when did taiwan first claim them',
      'how often were the guidelines revised',
      'i love these talks',
      'will the talks be on tv',
      'how wide is the east china sea',
      'where were the 1993 talks',
      'what do you know',
      'what happened last time',
      'who is the top general',
      'where in tokyo will they meet',
      'what did kyodo report today',
      'how many japanese officials will attend',
      'who is the head of the navy',
      'how big is the msdf',
      "what is kishida's party",
      "what's your name",
      "who is sugiyama's successor",
      'what happened near the islands in 2013',
      'how did wang and kishida meet',
    ]) {
      expect(bot.ask(q).decision.kind).toBe('abstain');
    }
    expect(bot.ask("what will japan ask about china's budget").reply.citations.map((c) => c.id)).toEqual(['S3']);
    expect(bot.ask('where was the previous round').reply.citations.map((c) => c.id)).toEqual(['S5']);
    expect(bot.ask('what does china call the islands').reply.citations.map((c) => c.id)).toEqual(['S14']);
    expect(bot.ask('will the chinese delegation come to tokyo').reply.citations.map((c) => c.id)).toContain('S1');
    expect(bot.ask('when did the talks begin').reply.citations.map((c) => c.id)).toContain('S15');
  });

  it('tells "the capital of Japan" (not covered) from "which capital will host the talks" (S1)', () => {
    expect(bot.ask('which capital will host the talks').reply.citations.map((c) => c.id)).toEqual(['S1']);
    expect(bot.ask('what is the capital of japan').decision.kind).toBe('abstain');
  });

  it('tells "who runs China" (not covered) from "who runs the Senkakus" (Japanese-controlled, S4)', () => {
    expect(bot.ask('who runs the senkaku islands').reply.citations.map((c) => c.id)).toContain('S4');
  });

  it('names the out-of-scope words it saw', () => {
    expect(bot.match('what does Putin think about the talks?').outOfScope).toEqual(['putin']);
    // "…this time" + "is it…" must not read as "time is it".
    expect(bot.match('is it in tokyo this time').outOfScope).toEqual([]);
  });
});

describe("the Q&A set's own phrasings", () => {
  /** Phrasings made only of words the matcher passes over, or that fit a second entry as well: known, listed, not hidden. */
  const KNOWN_MISSES = [
    'what does japan want out of this',
  ];

  it('each answers its own entry, but for the few listed', () => {
    const kb = realKnowledge();
    const missed = kb.entries.flatMap((entry) =>
      [entry.question, ...entry.alternates].filter((phrasing) => {
        const { decision, reply } = bot.ask(phrasing);
        const ids = reply.citations.map((c) => c.id);
        return !(decision.kind === 'answer' && ids.length <= 3 && ids.some((id) => entry.answer.includes(id)));
      }),
    );
    expect(missed).toEqual(KNOWN_MISSES);
  });

  it('answer "how soon…" and "how do we know this", whose words are everyday words an entry lists', () => {
    expect(bot.ask('how soon will the talks happen').reply.citations.map((c) => c.id)).toEqual(['S1']);
    expect(bot.ask('how do we know this').reply.entryId).toBe('source');
  });

  it('read "where" as a question word: a greeting before it is not chat, and "where … from" asks for the source', () => {
    expect(bot.ask('hey all, where are the talks').reply.entryId).toBe('where');
    expect(bot.ask('where is this news coming from').reply.entryId).toBe('source');
    expect(bot.ask("what's the reporting based on").reply.entryId).toBe('source');
    expect(bot.ask('hey all').decision.kind).toBe('abstain');
  });
});

describe('two parts of one broader entry', () => {
  it('answer with that entry: Japan\'s asks and China\'s, neck and neck, are the agenda', () => {
    expect(bot.ask('what will each of them ask').reply.entryId).toBe('agenda');
    expect(bot.ask('what will japan ask').reply.entryId).toBe('japan-asks');
  });
});

describe('the shape of a question', () => {
  it('drops a closing tag: "…in tokyo right" asks where, not about the right to self-defense', () => {
    expect(bot.ask('the talks are in tokyo right').reply.citations.map((c) => c.id)).toEqual(['S1']);
    expect(bot.ask('japan has the right').reply.citations.map((c) => c.id)).toContain('S9');
  });

  it('reads "what are these talks for" as why, but "what is China asking for" as what', () => {
    expect(bot.ask('what are these talks for').reply.entryId).toBe('why');
    expect(bot.ask('what is china asking for').reply.entryId).toBe('china-asks');
  });

  it('leaves out what follows "besides" in a "what else" question, unless nothing would be left', () => {
    expect(questionShape(['what', 'else', 'is', 'china', 'asking', 'besides', 'the', 'guidelines'])).toEqual(['what', 'else', 'is', 'china', 'asking']);
    expect(questionShape(['who', 'else', 'besides', 'sugiyama'])).toEqual(['who', 'else', 'besides', 'sugiyama']);
  });

  it('reads "what is Beijing after" as what it wants, but not "what happens after"', () => {
    expect(bot.ask('what is beijing after').reply.entryId).toBe('china-asks');
    expect(bot.ask('what is tokyo after').reply.entryId).toBe('japan-asks');
    expect(questionShape(['which', 'answers', 'is', 'beijing', 'after'])).toEqual(['which', 'answers', 'is', 'beijing', 'want']);
    expect(bot.match('what happens after').candidates.some((c) => c.entry.id === 'china-asks' || c.entry.id === 'agenda')).toBe(false);
  });

  it('lets a phrase hold its words: "talking points" is the agenda, not the point (aim) of the talks', () => {
    expect(bot.ask('talking points?').reply.entryId).toBe('agenda');
    expect(bot.ask("what's the point of the talks").reply.entryId).not.toBe('agenda');
  });

  it('reads "count" as asking for a number: an entry without one does not give it', () => {
    expect(bot.ask('china carrier count').decision.kind).toBe('abstain');
    expect(bot.ask('round count?').reply.citations.map((c) => c.id)).toEqual(['S15']);
  });

  it('reads the tense of a "when" question: "when do the talks start" asks about the planned talks, "when did they start" about 1993', () => {
    expect(bot.ask('when do the talks start').reply.citations.map((c) => c.id)).toEqual(['S1']);
    expect(bot.ask('when will the security talks restart').reply.citations.map((c) => c.id)).toEqual(['S1']);
    expect(bot.ask('when did the dialogue start').reply.citations.map((c) => c.id)).toContain('S15');
    expect(bot.ask('when is the last time they met').reply.citations.map((c) => c.id)).toEqual(['S5']);
    expect(bot.ask('when was it agreed to resume').reply.citations.map((c) => c.id)).toEqual(['S7']);
  });

  it('reads "in Japan" as the article\'s city there when the question is about the meeting', () => {
    expect(bot.ask('is the dialogue in japan this time').reply.citations.map((c) => c.id)).toContain('S1');
    expect(bot.ask('was the previous meeting in china').reply.citations.map((c) => c.id)).toEqual(['S5']);
    expect(bot.ask('is it aimed at china').reply.citations.map((c) => c.id)).toEqual(['S9']);
    expect(bot.ask('what is happening in china').decision.kind).toBe('abstain');
  });

  it('reads a month after "in" or "for" as narrowing a question that asks for something else', () => {
    expect(bot.ask("what's on the agenda for april").reply.entryId).toBe('agenda');
    expect(bot.ask('what did the cabinet decide in july').reply.citations.map((c) => c.id)).toEqual(['S2']);
    expect(bot.ask('topics for the april talks').reply.entryId).toBe('agenda');
    expect(bot.ask('the april meeting?').reply.citations.map((c) => c.id)).toEqual(['S1']);
    expect(bot.ask('talks in april?').reply.citations.map((c) => c.id)).toEqual(['S1']);
    // With nothing else to go on, the month is what the question is about.
    expect(bot.ask('what talks are in april').reply.citations.map((c) => c.id)).toEqual(['S1']);
  });

  it('abstains on a misspelt out-of-scope subject, but not on a misspelt word of the article', () => {
    // A letter left out of a word the bot knows is put back before the out-of-scope words are read.
    expect(bot.match('populaton of taiwan').outOfScope).toEqual(['population']);
    expect(bot.ask('populaton of taiwan').decision.kind).toBe('abstain');
    expect(bot.ask('militery spending transparancy').reply.citations.map((c) => c.id)).toEqual(['S3']);
  });

  it('abstains on a command to stop and on requests for its opinion', () => {
    for (const q of ['stop', 'nvm!', 'do you agree with china', "what's your opinion"]) expect(bot.ask(q).decision.kind).toBe('abstain');
    expect(bot.ask('how to stop clashes at sea').reply.citations.map((c) => c.id)).toEqual(['S13']);
  });

  it('abstains on a command for another bot', () => {
    for (const q of ['!work', '$balance', '?rank']) expect(bot.match(q).outOfScope).toEqual(['a command for another bot']);
    expect(bot.ask('when are the talks?').reply.citations.map((c) => c.id)).toEqual(['S1']);
  });

  it('reads "what\'s the deal with X" as a question about X', () => {
    expect(bot.ask("what's the deal with the talks, like why and when").decision.kind).toBe('answer');
  });

  it('abstains on arithmetic, even with a number the article gives', () => {
    expect(bot.match('what is 15 times 4').outOfScope).toEqual(['arithmetic']);
    expect(bot.ask('what is 15 times 4').decision.kind).toBe('abstain');
    expect(bot.ask('12 rounds since 1993?').reply.citations.map((c) => c.id)).toEqual(['S15']);
  });

  it('abstains on how the planned talks went, which the article cannot know', () => {
    expect(bot.ask('did the talks in april go well').decision.kind).toBe('abstain');
    expect(bot.ask('what if the talks succeed').reply.citations.map((c) => c.id)).toEqual(['S6']);
  });
});

describe('who acts and whose thing it is', () => {
  it.each([
    ['what does China want from Japan', 'china-asks'],
    ['what does Japan want from China', 'japan-asks'],
    ["Japan's demands at the talks", 'japan-asks'],
    ["Beijing's demands", 'china-asks'],
  ])('%s → %s', (question, entry) => {
    expect(bot.ask(question).reply.entryId).toBe(entry);
  });

  it('does not answer with an entry whose sentence gives another month than the one asked about', () => {
    const { decision } = bot.ask('what did japan decide in july');
    expect(decision.kind === 'answer' ? decision.entry.id : undefined).not.toBe('resume');
  });

  it('does not offer what China asks when Japan is the subject of the question', () => {
    const { reply } = bot.ask('what does tokyo want from these talks');
    const offered = [reply.entryId, ...reply.suggestions.map((s) => s.entryId)];
    expect(offered).toContain('japan-asks');
    expect(offered).not.toContain('china-asks');
  });

  it("does not answer what Japan itself does with China's things, but answers what Japan asks about them", () => {
    expect(bot.ask('is tokyo building fighter jets').reply.citations.map((c) => c.id)).not.toContain('S10');
    expect(bot.ask('is china building aircraft carriers').reply.citations.map((c) => c.id)).toEqual(['S10']);
    expect(bot.ask("will japan also likely ask about china's carriers").reply.citations.map((c) => c.id)).toEqual(['S10']);
  });

  it('does not answer what a third party does ("is the US navy patrolling…") with what China asks about', () => {
    expect(bot.ask('is the us navy patrolling the south china sea').decision.kind).toBe('abstain');
    expect(bot.ask('is taiwan claiming the islands').reply.citations.map((c) => c.id)).toEqual(['S14']);
    expect(bot.ask('what right does the un charter give japan').reply.citations.map((c) => c.id)).toEqual(['S9']);
  });

  it("does not answer Japan's budget with China's spending", () => {
    const { decision, reply } = bot.ask("what is Japan's military budget?");
    expect(decision.kind === 'answer' && reply.entryId === 'military-spending').toBe(false);
    expect(bot.ask("China's military budget").reply.entryId).toBe('military-spending');
  });
});

describe('what kind of fact a question asks for', () => {
  it('answers "when" with a sentence that gives a time, and abstains when none does', () => {
    expect(bot.ask('when will the guidelines be revised?').decision.kind).not.toBe('answer');
    expect(bot.ask('when did Kishida and Wang Yi agree?').reply.citations.map((c) => c.id)).toEqual(['S7']);
  });

  it('answers "how many" with a sentence that gives a number', () => {
    expect(bot.ask('how many troops does japan have').decision.kind).not.toBe('answer');
    expect(bot.ask('how many rounds so far').reply.citations.map((c) => c.id)).toEqual(['S15']);
  });

  it('answers "how many X" only from an entry whose sentences speak of X', () => {
    expect(bot.ask('how many destroyers does japan have').decision.kind).toBe('abstain');
    // S1 gives a number (four years) but not of officials.
    expect(bot.ask('how many officials are going').decision.kind).toBe('abstain');
    expect(bot.ask('how many times have they held talks').reply.citations.map((c) => c.id)).toEqual(['S15']);
    expect(bot.ask('how many years since they last met').reply.citations.map((c) => c.id)).toContain('S1');
  });
});

describe('typos', () => {
  it('are measured as edits, swaps counting once', () => {
    expect(editDistance('securty', 'security')).toBe(1);
    expect(editDistance('snekaku', 'senkaku')).toBe(1);
    expect(editDistance('final', 'financ')).toBe(2);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('do not let a word stand for a longer one it only begins like: "finally" is not "finance"', () => {
    expect(bot.match('finally').candidates).toEqual([]);
    expect(bot.ask('securty talks wen').reply.citations.map((c) => c.id)).toContain('S1');
  });
});

describe('entries that quote the same sentences', () => {
  it('cover a question together: "date + location" is S1 (when, where), not the last round (S5)', () => {
    const { decision, reply } = bot.ask('date + location');
    expect(decision.kind).toBe('answer');
    expect(reply.citations.map((c) => c.id)).toEqual(['S1']);
    expect(bot.ask('date and place of the last talks').reply.citations.map((c) => c.id)).toEqual(['S5']);
  });
});

describe('confidence', () => {
  it('lies in [0, 1] and ranks candidates best first', () => {
    const { candidates } = bot.match('when and where are the talks in april in tokyo');
    expect(candidates.length).toBeGreaterThan(1);
    for (const c of candidates) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
    expect([...candidates].sort((a, b) => b.confidence - a.confidence)).toEqual(candidates);
  });

  it('handles a long question without treating it as one pattern', () => {
    const long = `${'Honestly I have been reading a lot about this lately and '.repeat(8)}where were the last security talks held?`;
    const { decision, reply } = bot.ask(long);
    expect(decision.kind).toBe('answer');
    expect(reply.citations.map((c) => c.id)).toContain('S5');
  });

  it('offers "did you mean" for a vague question that fits several entries', () => {
    const { decision, reply } = bot.ask('what about the sea?');
    expect(decision.kind).toBe('suggest');
    expect(reply.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(reply.suggestions.length).toBeLessThanOrEqual(3);
    expect(reply.citations).toEqual([]);
  });
});
