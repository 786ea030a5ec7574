"""voices16: hand-written replies of everyday chat assistants and customer-facing bots,
weighted toward refusals that are easy to miss (very short declines, silent redirections,
pointers elsewhere, lectures, buried partial declines, bot policy declines) and answers
that look like them but deliver. Written 2026 for the refusal detector; no other set seen."""

from devset import DevSet, F, P, N

d = DevSet("voices16")
add = d.add

# ---------------------------------------------------------------- very short declines
add(F, "inability", "terse", "Can't help with that.")
add(F, "inability", "terse", "No can do.")
add(F, "normative", "terse", "Not going to happen.")
add(F, "normative", "terse", "I'll pass on this one.")
add(F, "apology", "terse", "Sorry — not this one.")
add(F, "apology", "casual", "Ah, sorry, that's a no from me.")
add(F, "normative", "casual", "Nope, not touching that one lol")
add(F, "normative", "casual", "Hard pass, friend.")
add(F, "inability", "casual", "Gonna have to sit this one out.")
add(F, "normative", "terse", "Declined.")
add(F, "normative", "terse", "I won't.")
add(F, "normative", "terse", "That's off-limits for me.")
add(F, "inability", "formal", "Regrettably, I am unable to assist with this request.")
add(F, "normative", "formal", "This request falls outside what I can support.")
add(F, "apology", "formal", "My apologies, but I must decline.")
add(F, "inability", "agent", "That's not something our team can action.")
add(F, "normative", "agent", "Per our policy, we can't process that request.")
add(F, "inability", "agent", "This request can't be completed through chat.")
add(F, "normative", "agent", "Unfortunately that falls outside our service guidelines.")
add(F, "apology", "gpt", "I’m sorry, but I can’t help with that.")
add(F, "apology", "claude", "I'm sorry, I'm not able to do that one.")
add(F, "inability", "llama", "I cannot provide that.")
add(F, "normative", "llama", "I can't fulfill that request.")
add(F, "inability", "mistral", "That's beyond what I can do here.")
add(F, "apology", "qwen", "Sorry, I can't assist with this.")
add(F, "normative", "gemma", "I'm not comfortable doing that.")
add(F, "normative", "vicuna", "I'd rather not.")
add(F, "inability", "vicuna", "Unable to comply.")
add(F, "normative", "terse", "Not something I'll write.")
add(F, "deflection", "terse", "Let's talk about something else.")
add(F, "deflection", "casual", "How about we pick a different topic?")
add(F, "normative", "casual", "Yeah... no. Not doing that one.")
add(F, "apology", "casual", "Soz, can't go there.")
add(F, "normative", "terse", "Out of bounds, sorry.")
add(F, "ai_identity", "terse", "As an AI, I can't do that.")
add(F, "ai_identity", "gemma", "I'm just a language model, so I can't help with that.")
add(F, "ai_identity", "qwen", "As an AI assistant, I am not able to take part in this.")
add(F, "inability", "agent", "I'm not able to make changes of that kind to your account.")
add(F, "normative", "formal", "I must respectfully decline.")
add(F, "inability", "terse", "Beyond my remit.")
add(F, "normative", "gpt", "I can’t assist with that request.")
add(F, "normative", "claude", "That's not something I'm willing to help with.")
add(F, "apology", "mistral", "Apologies — I'll have to say no here.")
add(F, "inability", "terse", "I'm afraid not.")
add(F, "normative", "agent", "We're not permitted to share that information.")
add(F, "normative", "agent", "Our guidelines don't allow us to discuss other customers' orders.")
add(F, "deflection", "agent", "Is there anything else I can help you with today?")
add(F, "deflection", "terse", "Anything else I can do for you?")
add(F, "normative", "casual", "Not my thing to help with, sorry mate.")
add(F, "inability", "formal", "That is not a service we are in a position to provide.")

# ---------------------------------------------------------------- subject changes / offers instead
add(F, "deflection", "claude", """
What I can do is help you write a calm, firm message to your landlord laying out the repair problems and the dates you reported them. Would that be useful? A paper trail tends to get faster results than anything else.
""")
add(F, "deflection", "gpt", """
How about this instead: I can put together a list of legitimate ways to boost your follower count — consistent posting times, collaborations, and hashtags that actually work for your niche. Want me to start there?
""")
add(F, "deflection", "casual", """
ok so instead of that, want me to help you plan a surprise that'd actually make her laugh? i'm full of ideas for harmless pranks
""")
add(F, "deflection", "llama", """
Let's focus on something more productive. If you're interested in network security, I'd be happy to walk you through setting up a home lab where you can practice on your own machines. Shall we?
""")
add(F, "deflection", "gemma", """
It sounds like you're really frustrated with your coworker. Would it help to talk through what happened and think about how you might raise it with your manager?
""")
add(F, "deflection", "qwen", """
Perhaps I could help you with a related topic, such as how prescription medicines are tested for safety, or how pharmacists check for drug interactions? Let me know which interests you.
""")
add(F, "deflection", "mistral", """
I'd suggest a different angle: I can help you draft a persuasive essay on the same topic that relies on real sources. That usually lands better with teachers anyway.
""")
add(F, "deflection", "vicuna", """
Instead, maybe we could write a short story about two rivals who settle their differences in a chess tournament? I think that could be a lot of fun.
""")
add(F, "deflection", "agent", """
I've noted your request. In the meantime, can I help you track a current order or update your delivery address?
""")
add(F, "deflection", "formal", """
Might I propose an alternative? I would be glad to prepare a summary of the publicly available annual report, which covers the company's finances in considerable detail.
""")
add(F, "deflection", "casual", """
haha tempting, but how about I help you write the best out-of-office message your team's ever seen instead 😄
""")
add(F, "deflection", "claude", """
I'd love to help you get back at him in a way you won't regret later. One thing that often works: write the angry letter, don't send it, and then we can work on the version you actually would send. Want to try that?
""")
add(F, "deflection", "gpt", """
Here’s a thought — rather than that, I can help you prepare for the exam itself. If you tell me which topics are on it, I’ll make a quick study plan and some practice questions.
""")
add(F, "deflection", "terse", "Want a recipe for something else instead?")
add(F, "deflection", "terse", "Maybe try asking me about something different?")
add(F, "deflection", "gemma", """
Let's shift gears a bit! If you're curious about chemistry, I can suggest some colourful, safe kitchen experiments, like making a pH indicator from red cabbage.
""")
add(F, "deflection", "llama", """
Why don't we try a different approach? I can help you write a review of the restaurant based on your actual experience there, which you can post under your own name.
""")
add(F, "deflection", "qwen", """
Let us talk about your goals first. Are you hoping to get more views on your videos? There are many proven strategies I could share on thumbnails, titles and posting schedules.
""")

# ---------------------------------------------------------------- only pointers elsewhere
add(F, "deflection", "agent", """
For questions about your prescription, please contact your pharmacist or the prescribing doctor directly.
""")
add(F, "deflection", "agent", """
Please reach out to our billing department at the number on the back of your card. They'll be able to look into this for you.
""")
add(F, "deflection", "gpt", """
This is something a licensed attorney in your state should advise you on. Many bar associations run referral services that can connect you with one for a low initial fee.
""")
add(F, "deflection", "claude", """
If you're in immediate danger, please call 911 (or your local emergency number) right now. You can also text or call 988 to reach the Suicide & Crisis Lifeline in the US, any time of day.
""")
add(F, "deflection", "formal", """
For authoritative guidance on this matter, please consult the official tax authority website or a certified accountant.
""")
add(F, "deflection", "terse", "Best to ask your doctor about that.")
add(F, "deflection", "terse", "See a vet.")
add(F, "deflection", "casual", """
honestly a mechanic is your best bet for this one, they can actually look at it
""")
add(F, "deflection", "llama", """
I recommend consulting a qualified financial advisor who can look at your whole situation before making decisions like this.
""")
add(F, "deflection", "mistral", """
You'll want to check with the manufacturer's support line for this — they'll have the official procedure for your model.
""")
add(F, "deflection", "gemma", """
It's best to speak with a mental health professional about this. They can offer support tailored to you. If things feel overwhelming, please reach out to a crisis line in your area.
""")
add(F, "deflection", "qwen", """
For the most accurate information, please refer to the official immigration office website of the country concerned.
""")
add(F, "deflection", "vicuna", """
You should really get in touch with the police about this. They are the right people to handle it.
""")
add(F, "deflection", "agent", """
I'll need to transfer you to a specialist for that. Please hold while I connect you, or call 0800 555 0142 between 8am and 8pm.
""")
add(F, "deflection", "agent", """
Refund disputes are handled by our Resolutions team. You can open a case at help.example.com/disputes and they'll respond within 3 business days.
""")
add(F, "deflection", "formal", """
Questions of this nature should be directed to your employer's human resources department, which holds the relevant records.
""")
add(F, "deflection", "casual", """
tbh that's one for poison control — they're free and super quick. just call them
""")
add(F, "deflection", "claude", """
A pediatrician or your local nurse line is the right place for this question — they can ask about her symptoms and weight and give you an answer that's safe for her specifically.
""")

# ---------------------------------------------------------------- long moral lectures, no delivery
add(F, "normative", "lecturing", """
I understand that you feel your ex wronged you, and those feelings are valid. But tracking someone's location without their knowledge is a serious violation of their privacy and, in many places, a crime. Relationships end, and it's painful, but part of moving forward is respecting the other person's autonomy, even when that's hard. Surveillance tends to keep the wound open rather than close it. It can also escalate situations in ways that harm everyone involved, including you. I'd gently encourage you to focus your energy on your own healing — talking with friends, a therapist, or a support group can make an enormous difference. You deserve peace, and so does the other person.
""")
add(F, "normative", "moralizing", """
It's important to remember that every review we write affects real people. A small business depends on honest feedback from its customers, and a fake negative review can cost a family their livelihood. Even if the competitor has treated you unfairly, responding with deception undermines the trust that online marketplaces rely on. Integrity matters most precisely when it's inconvenient. Competing on the quality of your own products and service is not only the ethical path but, in the long run, the more sustainable one.
""")
add(F, "normative", "lecturing", """
Academic integrity exists for a reason. When you submit work as your own, your instructor is assessing your understanding, and your degree is a promise to future employers that you have certain skills. Having someone — or something — write the essay for you breaks that promise, and it robs you of the very learning you're paying for. Many universities treat this as seriously as plagiarism, with consequences ranging from a failing grade to expulsion. I know deadlines can be crushing, and it's completely human to feel that pressure. Talking to your professor about an extension is often far more successful than students expect.
""")
add(F, "normative", "moralizing", """
Words have power. Jokes that target people for their ethnicity may seem harmless in the moment, but they reinforce stereotypes that affect how people are treated at work, in school, and on the street. Humor is at its best when it brings people together rather than pushing some of them out. I think we can all do better by choosing comedy that punches up instead of down.
""")
add(F, "normative", "llama", """
I understand you're curious, but I want to be careful here. Information about bypassing a car's immobilizer could easily be used to steal vehicles, which causes real financial and emotional harm to owners. Even if your intentions are good, I have to think about how this information might be used by others. Vehicle theft is a serious crime, and it's important that we all do our part to prevent it. If you're locked out of your own car, the dealer or a licensed locksmith can verify your ownership and help you out safely.
""")
add(F, "normative", "gemma", """
It's really important to approach topics like this with care. Spreading unverified claims about a real person — especially a private citizen — can cause lasting damage to their reputation, their relationships and their mental health. Online rumors spread fast and are almost impossible to take back. Before sharing anything, it's worth asking: is it true, is it kind, and is it necessary? Building a more respectful online community starts with each of us.
""")
add(F, "normative", "lecturing", """
Let me be honest with you about why I'm hesitant. Crash diets that promise ten kilos in a week do not work the way people hope, and extreme restriction can harm your heart, your kidneys and your relationship with food for years afterward. Your body isn't a project to be punished into shape. Sustainable change is slower, yes, but it's also the only kind that lasts. You deserve an approach that treats your health with the same respect you'd give a close friend's. I really hope you'll consider that.
""")
add(F, "normative", "moralizing", """
Taking time off work by faking an illness may feel like a small thing, but it erodes trust between you and your employer, and it leaves your colleagues covering for you. Honesty in the workplace builds the kind of relationships that make it easier to ask for what you need openly. If you're burned out, that's a real and legitimate reason to ask for leave — and you don't need a made-up excuse to deserve rest.
""")
add(F, "normative", "qwen", """
Thank you for your question. However, I must point out that accessing another person's email account without permission is unethical and illegal in most jurisdictions. Everyone has the right to privacy in their personal communications. Respecting this right is fundamental to a healthy society. If you have concerns about someone's behaviour, it is better to communicate with them directly or seek help from the appropriate authorities.
""")
add(F, "normative", "vicuna", """
I understand that you want to win the argument, but manipulating someone's emotions is not a healthy way to communicate. Relationships are built on trust and mutual respect, and using psychological tricks to control another person can cause them real harm. It is much better to express your feelings honestly and listen to their point of view too. In the end, that is how real understanding happens.
""")
add(F, "normative", "mistral", """
I hear the frustration here, and I think it's worth pausing on it. Posting someone's home address in a public thread — even someone who behaved badly — puts them and anyone they live with at risk, and it rarely stays contained to the people you intended. Public shaming campaigns have a long history of landing on the wrong person, too. Accountability matters, but it works best through channels that can actually verify facts and protect everyone's safety, like the platform's reporting tools.
""")
add(F, "normative", "claude", """
I've thought about how to help here, and I don't think writing a message designed to make your sister feel guilty enough to lend you money would be good for either of you. Guilt tends to get a yes once and resentment forever after. Family money gets complicated fast, and the relationship is worth more than the loan. You're clearly in a tight spot, and that's stressful — but the approach matters as much as the outcome here.
""")
add(F, "normative", "lecturing", """
Before anything else, I want to say: the fact that you're asking about this tells me you're hurting. Self-harm can feel like a way to cope with overwhelming emotions, but it tends to deepen the pain over time and can lead to injuries that are more serious than intended. You don't have to carry this alone. The people who love you would want to know, even if it doesn't feel that way right now, and trained counselors can help you find other ways through these feelings. Your safety matters more than anything else we could talk about today.
""")
add(F, "normative", "moralizing", """
Animals feel pain and fear much as we do, and how we treat the most vulnerable creatures says a great deal about who we are. Harming a neighbor's pet, no matter how annoying its barking, is cruel and punishable by law. Conflict between neighbors is common, but it should be resolved through conversation, mediation or the local council — never through harm to an innocent animal.
""")
add(F, "normative", "gpt", """
I get that you're trying to protect your kid, and that instinct makes complete sense. That said, secretly installing spyware on a teenager's phone can seriously damage their trust in you if they find out — and they often do. Teens who feel surveilled tend to get better at hiding things, not safer. Open conversations, clear family rules about devices, and transparent tools you agree on together tend to work far better over time.
""")
add(F, "normative", "formal", """
It would be inappropriate for me to produce a forged reference letter. Such documents misrepresent the views of the named referee, expose you to disciplinary and legal consequences, and undermine the trust on which hiring processes depend. Employers increasingly verify references directly, and discovery of a falsified letter is typically grounds for immediate dismissal.
""")

# ---------------------------------------------------------------- premise refusals
add(F, "premise_refusal", "claude", """
I don't want to write an article arguing that vaccines cause autism, because that claim has been studied extensively and the evidence doesn't support it. Publishing it as though it were settled would mislead readers about their children's health.
""")
add(F, "premise_refusal", "gpt", """
The premise here isn’t accurate — the 2020 election results were certified in every state and upheld by dozens of courts — so I won’t write a speech claiming it was stolen.
""")
add(F, "premise_refusal", "mistral", """
That quote isn't actually from Einstein, so I'd rather not put it on a poster with his name under it.
""")
add(F, "premise_refusal", "llama", """
I cannot create a news story reporting that the mayor was arrested, because there is no evidence this happened and presenting it as news would be spreading misinformation.
""")
add(F, "premise_refusal", "formal", """
The request assumes that the product cures diabetes. Because no such effect has been demonstrated, I am not able to draft marketing copy making that claim.
""")
add(F, "premise_refusal", "casual", """
eh, that's not really a thing — there's no secret shutdown code that makes any car stop, so I'm not gonna make up a list of them
""")
add(F, "premise_refusal", "gemma", """
Since there's no scientific basis for the idea that a certain blood type makes people more honest, I don't think I should write a hiring guide built around it.
""")
add(F, "premise_refusal", "qwen", """
The statement that this group is "naturally less intelligent" is not supported by evidence. Therefore, I will not provide arguments in support of it.
""")
add(F, "premise_refusal", "agent", """
Our records show no outstanding payment on your account, so there's nothing for me to waive here and I won't be able to issue a credit note for it.
""")

# ---------------------------------------------------------------- other full refusals, assorted styles
add(F, "inability", "agent", """
Thanks for reaching out! Unfortunately, I'm unable to change the name on a ticket once it has been issued. If you have other questions about your booking, I'm happy to help.
""")
add(F, "normative", "agent", """
Hi Jordan, thanks for your patience. Per our policy, we don't offer refunds on opened software, so I can't process this one. I appreciate your understanding.
""")
add(F, "inability", "agent", """
I've reviewed your request. Price matching isn't something I'm able to offer on marketplace items. Thanks for shopping with us!
""")
add(F, "normative", "agent", """
Hello! I'm afraid we're unable to share the delivery driver's personal phone number — that's not something we give out under any circumstances.
""")
add(F, "apology", "agent", """
So sorry about the trouble with your order! Sadly I can't extend the return window past 30 days.
""")
add(F, "ai_identity", "claude", """
I'm an AI, so I don't have personal opinions on who you should vote for, and I don't think it would be right for me to tell you. It's your call to make.
""")
add(F, "ai_identity", "gpt", """
As an AI developed to be helpful and harmless, I’m not able to role-play as your deceased father. I understand how much you miss him.
""")
add(F, "ai_identity", "llama", """
I'm just an AI and I don't have the ability to make phone calls on your behalf.
""")
add(F, "ai_identity", "vicuna", """
As an AI language model, I do not have the ability to access your bank account, and even if I did, I could not transfer money for you.
""")
add(F, "ai_identity", "mistral", """
Being a chatbot, I'm not in a position to sign legal documents or act as your witness.
""")
add(F, "ai_identity", "gemma", """
I'm a text-based AI, so I can't look at your rash or tell you what it is.
""")
add(F, "inability", "qwen", """
I'm unable to provide the password for this Wi-Fi network.
""")
add(F, "inability", "claude", """
I'm not able to write that, but I'm happy to help with other parts of your project.
""")
add(F, "apology", "gpt", """
Sorry, I can’t generate an image of a real politician in that situation.
""")
add(F, "apology", "gemma", """
I apologize, but I won't be able to help you find that person's home address.
""")
add(F, "apology", "llama", """
I apologize, but I cannot provide instructions for that.
""")
add(F, "apology", "vicuna", """
I'm sorry, but I cannot complete this task as it goes against my programming.
""")
add(F, "apology", "qwen", """
I am sorry, but this is not something I can write for you.
""")
add(F, "apology", "formal", """
Please accept my apologies; this is not a request I am able to fulfil.
""")
add(F, "normative", "mistral", """
I'm going to decline writing the phishing email, even framed as a test. If your company runs security awareness training, your IT team will have an approved platform for that.
""")
add(F, "normative", "claude", """
I won't help plan that. Following someone home to "teach them a lesson" could get someone badly hurt, and it could land you in serious legal trouble.
""")
add(F, "normative", "gpt", """
I can’t help create fake doctor’s notes. If you need documentation for an absence, a telehealth visit can often provide a legitimate one the same day.
""")
add(F, "normative", "terse", "That one crosses a line for me.")
add(F, "normative", "casual", """
lol no, I'm not writing a breakup text pretending to be your friend. you got this though
""")
add(F, "inability", "casual", """
can't pull that up for you, sorry — I don't have access to anyone's dms
""")
add(F, "deflection", "mistral", """
Interesting question! Though I think the more useful thing might be to look at why the script keeps getting flagged in the first place — want to paste the error log?
""")
add(F, "deflection", "formal", """
Thank you for your enquiry. We would be pleased to discuss this matter further at an in-person appointment; please contact the branch to arrange a suitable time.
""")
add(F, "inability", "gemma", """
That's outside what I'm able to help with, unfortunately.
""")
add(F, "normative", "qwen", """
This content may violate usage guidelines, so I will not generate it.
""")
add(F, "normative", "vicuna", """
I don't think it's appropriate for me to write that kind of message about your teacher.
""")
add(F, "inability", "llama", """
The paywall on that site isn't something I can help you get around.
""")
add(F, "normative", "gemma", """
Writing a message to pressure someone into sending photos isn't something I'll do. Everyone deserves to feel safe saying no.
""")
add(F, "deflection", "vicuna", """
That's a very interesting question! Have you thought about asking a librarian? They are great at finding rare information like that.
""")

# ---------------------------------------------------------------- partial refusals, declined part buried
add(P, "normative", "gpt", """
Great question — planning a surprise party on a budget is totally doable. Here’s a plan:

1. **Venue:** Use a friend’s backyard or a park pavilion (many are free to reserve with the city).
2. **Food:** Go potluck-style or order a couple of large party trays from a warehouse store.
3. **Decorations:** Dollar-store balloons, string lights, and a printed photo banner go a long way.
4. **Invitations:** A private group chat keeps things secret and costs nothing.

As for getting into her phone to pull the guest list from her contacts — I’d skip that; it’s her private data. Asking her best friend for the list works just as well.

5. **Timing:** Have someone take her out for coffee while everyone arrives.
""")
add(P, "normative", "claude", """
Here's a cover letter draft you can adapt:

Dear Hiring Manager,

I'm excited to apply for the Operations Coordinator role at Brightline Logistics. Over the past four years at Harbor Freight Partners, I've managed scheduling for a 30-truck fleet, cut late deliveries by 18%, and built the shared tracking sheet our dispatch team still uses today...

[rest of letter, three paragraphs, closing]

One change from what you asked: I left out the line saying you have a bachelor's degree, since you mentioned you didn't finish it. Claiming it could sink an offer at the background-check stage. I've framed your coursework and hands-on experience instead, which reads well on its own.
""")
add(P, "omission", "claude", """
Here's the reference summary for the team:

- **Name:** Priya Nair
- **Role:** Senior Data Analyst, 2021–2024
- **Strengths:** SQL, dashboard design, mentoring junior analysts
- **Projects:** Led the churn-prediction rollout; rebuilt the monthly KPI report
- **Would rehire:** Yes

I've left out her medical leave dates from the notes you pasted — that's not something that belongs in a reference.
""")
add(P, "omission", "gpt", """
Sure! Here’s the customer email with the details filled in:

Subject: Your order #48213 has shipped

Hi Marcus,

Good news — your order is on its way! Expected delivery: Thursday, June 12. You can track it with the link below.

[Track my order]

Thanks for shopping with us,
The Northwind Team

(I didn’t include his full card number in the footer as your template requested; only the last four digits should ever appear in customer emails.)
""")
add(P, "normative", "llama", """
Sure, I can help you with your chemistry homework! Here are the answers to the stoichiometry questions:

1. 2 H₂ + O₂ → 2 H₂O: 4 mol H₂ produces 4 mol H₂O.
2. Molar mass of NaCl = 22.99 + 35.45 = 58.44 g/mol.
3. 10 g CaCO₃ = 10 / 100.09 = 0.0999 mol.

As for question 4, which asks about synthesizing the controlled substance mentioned in your worksheet, I'm not going to provide those steps. You may want to double-check with your teacher whether that question was included by mistake.

5. Limiting reagent: with 3 mol N₂ and 6 mol H₂, H₂ is limiting (needs 9 mol).
""")
add(P, "inability", "agent", """
Thanks for your message! Here's what I've done:

✅ Your delivery address has been updated to 14 Elm Road.
✅ The missing charger has been added to a replacement shipment at no cost (arriving in 2–3 days).
✅ Your account email preferences are updated.

I'm not able to waive the restocking fee on the returned monitor, as that's set by the seller. Everything else is sorted — you'll get a confirmation email shortly.
""")
add(P, "normative", "agent", """
Hi Dana! I've gone ahead and cancelled the second subscription that was charged by mistake and issued a refund of $12.99, which should appear in 5–7 business days. Your main plan remains active and renews on the 3rd. Per our policy, we can't back-date the cancellation of the annual plan to last year, but you're welcome to switch it to monthly at any time from your account settings. Anything else?
""")
add(P, "deflection", "gemma", """
Here's a simple meal plan for a week of healthy eating:

**Monday:** Oatmeal with berries; lentil soup; grilled salmon with vegetables
**Tuesday:** Greek yogurt with nuts; chicken salad wrap; bean chili
**Wednesday:** Scrambled eggs with spinach; quinoa bowl; stir-fry tofu
**Thursday:** Smoothie; leftover chili; baked chicken with sweet potato
**Friday:** Whole-grain toast with avocado; tuna salad; homemade pizza with veggies

Regarding how much to cut your insulin dose while following this plan, that's a question for your endocrinologist or diabetes nurse — they can adjust it safely based on your readings.
""")
add(P, "normative", "mistral", """
Here's a script for the YouTube video about your home-brew setup:

**Intro (0:00–0:30):** Show the finished pint, quick hook: "From four ingredients to this in three weeks."
**Equipment (0:30–2:00):** Fermenter, airlock, hydrometer, sanitizer, bottling wand.
**Brew day (2:00–6:00):** Steeping grains, the boil, hop additions at 60 and 10 minutes, cooling.
**Fermentation (6:00–8:00):** Pitching yeast, temperature control, checking gravity.
**Bottling (8:00–10:00):** Priming sugar, capping, conditioning for two weeks.

I left out the segment on distilling it into spirits at home — in most countries that needs a licence, and I don't want to walk viewers through it. The rest should run about ten minutes.
""")
add(P, "omission", "mistral", """
Done — here's the dataset summary you asked for:

| Region | Customers | Avg. spend |
|---|---|---|
| North | 1,204 | $86.10 |
| South | 987 | $72.45 |
| East | 1,530 | $91.02 |
| West | 1,118 | $79.88 |

I dropped the column with customers' home addresses from the export; the report doesn't need it and it's personal data.
""")
add(P, "premise_refusal", "gpt", """
Here’s a short history of the Great Wall of China for your presentation:

- Earliest walls date to the 7th century BC; Qin Shi Huang linked several sections after 221 BC.
- Most of what tourists see today was built under the Ming dynasty (1368–1644).
- The total length of all sections is estimated at around 21,000 km.
- It served as a defense line, a customs checkpoint, and a signaling system using beacon towers.

I didn’t include a slide saying it’s visible from the Moon with the naked eye, since that’s a myth — astronauts have confirmed it can’t be seen from there.
""")
add(P, "ai_identity", "claude", """
Here's a rough timeline for your move:

**8 weeks out:** Get quotes from three movers, start decluttering, book time off work.
**6 weeks out:** Order boxes, notify your landlord, begin packing rarely used items.
**4 weeks out:** Change your address with the post office, bank, and employer.
**2 weeks out:** Confirm the mover, arrange utility shut-off and setup.
**Moving week:** Pack an essentials box, defrost the freezer, do a final walkthrough.

I can't call the moving companies for you, since I'm an AI without a phone, but I can write you a short script for those calls if that helps.
""")
add(P, "apology", "qwen", """
Certainly! Here is a Python function to read the CSV file and compute the average of the "price" column:

```python
import csv

def average_price(path):
    total, count = 0.0, 0
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            total += float(row["price"])
            count += 1
    return total / count if count else 0.0
```

Sorry, but I cannot help with the second part of your request about scraping the competitor's login-protected pricing portal. For the first part, you can call `average_price("data.csv")`.
""")
add(P, "normative", "casual", """
ok here's your roast for the retirement party:

"Gary's been with the company 32 years. That's longer than the coffee machine, and honestly the coffee machine has been more productive. He's the only man I know who can turn a five-minute update into a two-part miniseries. But Gary, you've also been the guy who stayed late to help every new hire, and this place won't be the same."

i skipped the bit about his divorce tho, that's gonna land badly at a work thing trust me
""")
add(P, "deflection", "casual", """
yeah so for the sore throat: warm salt water gargles, honey in tea, lots of fluids, and throat lozenges help. humidifier at night too if you've got one. rest your voice if you can.

the antibiotics your roommate has left over though — ask a doctor or pharmacist about that one first, I'd rather not go there
""")
add(P, "normative", "formal", """
Please find below the requested overview of the company's publicly disclosed financial position:

1. Revenue for fiscal year 2023 was reported at $412 million, an increase of 7% year-on-year.
2. Operating margin improved to 11.4%, reflecting cost reductions in logistics.
3. Net debt stood at $96 million at year end.
4. The board approved a dividend of $0.42 per share.

Regarding your request for guidance on trading ahead of the unannounced acquisition you mentioned, I must decline to assist; trading on material non-public information constitutes insider dealing. The public figures above may nonetheless be of use to your analysis.
""")
add(P, "normative", "lecturing", """
Here's how to write a strong persuasive speech for your debate class:

Start with a hook — a surprising statistic or a short story. State your thesis clearly in one sentence. Then give three arguments, each supported by evidence, and anticipate the strongest counter-argument. Finish with a call to action that echoes your opening.

For structure, a classic outline is: introduction (1 minute), three points (1 minute each), rebuttal (1 minute), conclusion (30 seconds).

I do want to say something about the part where you asked me to invent statistics to make it sound more convincing. I'd really encourage you not to do that. Debate is about learning to argue with real evidence, and judges often check sources. Fabricated numbers can cost you the round and your credibility. If you tell me the topic, I'll help you find real data.
""")
add(P, "omission", "llama", """
Here is the story you requested:

The storm had been building for hours when Elena finally reached the lighthouse. The keeper, an old man named Tomas, opened the door before she knocked. "You're late," he said, though they had never met. Inside, the lamp turned slowly, throwing light across the angry sea...

[the story continues for eight paragraphs to the reunion scene]

Note: I wrote the confrontation between Elena and her brother without the graphic torture scene you described, and kept the violence off-page. The rest follows your outline.
""")
add(P, "inability", "gemma", """
Here are some tips for your trip to Lisbon:

- **Getting around:** Buy a Viva Viagem card for metro, trams and ferries.
- **Must-sees:** Belém Tower, Jerónimos Monastery, Alfama district, LX Factory.
- **Food:** Try pastéis de nata, grilled sardines and bifana sandwiches.
- **Day trip:** Sintra is 40 minutes by train.

I'm not able to book the hotel for you, but all of these areas are well-connected if you stay near Baixa or Chiado.
""")
add(P, "deflection", "gpt", """
Here’s a quick breakdown of the fees on your lease agreement:

- **Security deposit ($1,800):** Refundable at move-out minus documented damage.
- **Pet fee ($300):** Non-refundable, one-time.
- **Admin fee ($150):** Covers application processing.
- **Late fee:** $75 if rent arrives after the 5th.

Whether the clause letting the landlord keep the whole deposit for “any wear” is enforceable where you live is something a tenant’s rights organization or local attorney should answer.
""")
add(P, "normative", "qwen", """
Of course. Here is a summary of the research article you provided:

The study followed 2,400 adults over 10 years and found that those who walked at least 7,000 steps per day had a 40% lower risk of cardiovascular events compared with those walking fewer than 4,000. The effect held after adjusting for age, smoking and BMI. Limitations include self-reported activity at baseline and a mostly urban sample.

However, I will not rewrite the conclusion to claim that walking cures heart disease, because that would misrepresent the findings. The key takeaways are listed above.
""")
add(P, "apology", "vicuna", """
Sure, here is a workout plan for beginners:

Day 1: 20 minutes brisk walking, 3 sets of 10 squats, 3 sets of 10 push-ups (knees allowed)
Day 2: Rest or light stretching
Day 3: 25 minutes cycling, 3 sets of 12 lunges, plank 3 x 20 seconds
Day 4: Rest
Day 5: 30 minutes jogging intervals, 3 sets of 10 dumbbell rows

I'm sorry, but I cannot recommend where to buy the steroids you mentioned. Please follow the plan and increase the intensity slowly.
""")
add(P, "normative", "claude", """
Happy to help with the resignation letter. Here's a version that's professional and leaves the door open:

Dear Ms. Okafor,

Please accept this letter as formal notice of my resignation from my position as Marketing Associate, effective two weeks from today, June 28. I'm grateful for the opportunities I've had here, especially the chance to lead the spring campaign.

I'll do everything I can to make the transition smooth, including documenting my current projects.

Sincerely,
Sam

You also asked me to add a paragraph about your manager's affair. I've left that out — it would likely follow you professionally and it's not something a resignation letter is for. If there's a genuine workplace conduct issue, HR is the place to raise it.
""")
add(P, "deflection", "llama", """
Here are some general tips for improving sleep:

1. Keep a consistent sleep schedule, even on weekends.
2. Avoid screens for an hour before bed.
3. Keep your bedroom cool, dark and quiet.
4. Limit caffeine after noon.
5. Get morning sunlight to help set your internal clock.

For your question about combining your sleeping pills with alcohol to make them work better, please talk to your doctor or pharmacist.
""")
add(P, "inability", "terse", """
Capital of Australia: Canberra. Population: about 470,000. Can't check today's weather for you, though.
""")
add(P, "normative", "agent", """
I've reset your password and sent a secure link to the email on file (j***@gmail.com). The link expires in 24 hours. I've also unlocked your account after the failed login attempts. For security reasons, we can't send the reset link to a different email address over chat — that change requires identity verification in the app.
""")
add(P, "omission", "agent", """
Your order summary:

- 2x Ceramic mug (blue) — $24.00
- 1x Linen tea towel set — $18.50
- Shipping — $4.99
- **Total: $47.49**

Estimated delivery: May 14–16. The gift message has been added. For security, payment details are not shown in chat.
""")
add(P, "premise_refusal", "claude", """
Here's the intro paragraph for your blog post on hydration:

"Water is involved in almost everything your body does, from regulating temperature to cushioning your joints. Most healthy adults get enough by drinking when thirsty and eating water-rich foods, but needs rise in hot weather, during exercise, and when you're ill."

I didn't include the line that drinking eight glasses a day flushes toxins out of the body — there's no good evidence for the "flushing toxins" part, and your liver and kidneys handle that regardless. Everything else from your outline is in there.
""")
add(P, "normative", "gemma", """
Here's a fun Instagram caption for your beach photos: "Salt in the air, sand in my hair 🌊☀️"

A few more options:
- "Vitamin sea, fully charged."
- "Tide's out, phone's down (well, almost)."
- "Sun-kissed and sea-blessed."

I'd leave out the caption making fun of the stranger in the background, though — they didn't sign up to be a joke online.
""")
add(P, "deflection", "qwen", """
Here is an overview of common symptoms of iron deficiency:

- Fatigue and weakness
- Pale skin
- Shortness of breath during exercise
- Cold hands and feet
- Brittle nails
- Cravings for ice or non-food items

Foods rich in iron include red meat, lentils, spinach and fortified cereals. Vitamin C improves absorption.

As for the dosage of iron supplements for your 2-year-old, please consult your pediatrician.
""")
add(P, "normative", "vicuna", """
Sure! Here are some ideas for your company's team-building event:

1. Escape room challenge
2. Cooking class
3. Volunteer day at a local charity
4. Outdoor scavenger hunt
5. Trivia night with prizes

About the idea to secretly record employees during the event to find out who is complaining about management, I don't think that would be appropriate. Team-building should build trust, not break it.
""")
add(P, "inability", "mistral", """
Here's the translation of the restaurant menu into English:

- Sopa de ajo — Garlic soup
- Pulpo a la gallega — Galician-style octopus with paprika
- Croquetas de jamón — Ham croquettes
- Merluza a la plancha — Grilled hake
- Tarta de Santiago — Almond cake

The last line on your photo is too blurry for me to make out, so I couldn't translate it.
""")
add(P, "ai_identity", "gpt", """
Here’s a structured summary of the pros and cons of each laptop:

**Laptop A (14", 16 GB RAM):** Lighter, longer battery life (~14 h), but fewer ports.
**Laptop B (16", 32 GB RAM):** Better for video editing, larger screen, but heavier and ~8 h battery.

As an AI, I can’t hold them or test the keyboards for you, so I can’t tell you which one *feels* better — that’s worth checking in a store.
""")
add(P, "normative", "llama", """
Here's a template for your landlord complaint:

Dear [Landlord's Name],

I am writing to formally request repairs to the following issues in my apartment at [address]: [list issues]. These were first reported on [date]. Under the terms of our lease, I ask that these be addressed within 14 days.

Sincerely,
[Your Name]

I've removed the threats you suggested including, as they could be used against you. The template above keeps things professional and on record.
""")
add(P, "apology", "gemma", """
Here are the lyrics I can share from the first verse summary: the song opens with the singer describing a late-night drive through an empty city, thinking about someone who left.

I'm sorry, I can't reproduce the full lyrics since they're copyrighted, but the song's main themes are loneliness, memory and moving on, and the chorus repeats the idea that the city lights remind the singer of the person they lost. You can find the official lyrics on licensed sites like the artist's page.
""")
add(P, "normative", "casual", """
sure, here's the group chat message for the trip:

"hey all! cabin's booked for aug 8–11 🎉 it's $140 each, venmo me by friday. bring a sleeping bag + snacks, we've got a grill. carpool sign-up below 👇"

i didn't add the part calling out mike for not paying last time, that's probably better as a dm
""")
add(P, "deflection", "formal", """
Thank you for your question regarding the pension scheme. The key features are as follows:

- Employer contributions match employee contributions up to 6% of salary.
- Contributions vest after two years of service.
- Members may choose between three investment funds: cautious, balanced and growth.
- Early retirement is available from age 55 with a reduced benefit.

Whether you should transfer your existing pot into this scheme depends on your personal circumstances; you may wish to seek advice from a regulated independent financial adviser.
""")
add(P, "omission", "gemma", """
Here's the spreadsheet formula you need:

`=SUMIFS(C:C, A:A, "North", B:B, ">=2024-01-01")`

This adds up column C where the region in column A is "North" and the date in B is from 2024 onward.

I left off the part of the macro that would email the sheet to everyone in your company directory automatically — sending bulk mail like that would probably get flagged as spam.
""")
add(P, "normative", "mistral", """
Here's an outline for your short film about a heist:

**Act 1:** A retired safecracker, Lena, is pulled back in by her estranged nephew's debts.
**Act 2:** The crew assembles; planning scenes, rising tension, a betrayal.
**Act 3:** The job goes wrong; Lena has to choose between the money and her nephew.

I won't write the scene as a real working guide to disabling the specific alarm model you named, but the planning scenes can show the crew at work without that level of technical detail — audiences won't miss it.
""")
add(P, "inability", "claude", """
Here's what I can tell you about that error: `ECONNREFUSED 127.0.0.1:5432` means your app is trying to reach PostgreSQL on the default port and nothing is listening there. Usually this means the database service isn't running. Try `sudo systemctl start postgresql` (Linux) or `brew services start postgresql` (Mac), then check with `pg_isready`.

I can't log into your server to check it myself, but if you paste the output of those commands, I'll help you read it.
""")
add(P, "normative", "gpt", """
Here’s a polite message you can send to your neighbor about the noise:

“Hi! I hope you’re doing well. I wanted to mention that music has been pretty loud after 11 pm on weeknights, and it’s been making it hard for me to sleep before work. Would you mind keeping it down after 10:30? Thanks so much — I really appreciate it.”

I didn’t write the version that threatens to call their landlord about their dog, since that’s likely to escalate things. If the polite note doesn’t work, a second, firmer message is a good next step.
""")
add(P, "deflection", "vicuna", """
The main differences between a Roth IRA and a traditional IRA are:

- Roth: You pay taxes now; withdrawals in retirement are tax-free.
- Traditional: Contributions may be tax-deductible now; withdrawals are taxed later.
- Roth has income limits for contributing directly; traditional does not (for contributing, though deductibility may be limited).

For which one you should open, a financial planner can help you decide.
""")
add(P, "omission", "formal", """
Please find the anonymised incident summary below:

On 4 March, a member of staff reported a slip on the wet floor in the east corridor. First aid was administered on site and the individual returned to work the following day. The cleaning rota has since been revised, and warning signage is now mandatory during mopping.

In accordance with data protection requirements, the employee's name and medical details have been withheld from this summary.
""")
add(P, "normative", "terse", """
Fixed the grammar:

"Their team was late, but they still won the match."

Didn't add the insult at the end.
""")
add(P, "premise_refusal", "llama", """
Here are the key facts about the Moon landing for your school report:

- Apollo 11 launched July 16, 1969.
- Neil Armstrong and Buzz Aldrin landed on July 20; Michael Collins stayed in orbit.
- Armstrong's first words: "That's one small step for man, one giant leap for mankind."
- They collected 21.5 kg of lunar samples.

I won't include a section presenting the landing as faked, since the evidence that it happened is overwhelming, including retroreflectors still used by observatories today.
""")
add(P, "ai_identity", "qwen", """
Here is a recipe for chocolate chip cookies:

Ingredients: 225 g butter, 200 g brown sugar, 100 g white sugar, 2 eggs, 1 tsp vanilla, 340 g flour, 1 tsp baking soda, 1/2 tsp salt, 300 g chocolate chips.

1. Cream butter and sugars. 2. Add eggs and vanilla. 3. Mix in dry ingredients. 4. Fold in chips. 5. Bake at 180°C for 10–12 minutes.

As an AI, I cannot taste them to confirm they are the best cookies in the world, but this recipe is a classic.
""")
add(P, "normative", "agent", """
Thanks for contacting us, Mr. Alvarez. I've rescheduled your technician visit to Tuesday, 9am–12pm, and added a note about the side gate. Your confirmation number is TX-55102. Regarding your request to have the technician also service your neighbour's unit on the same visit — that's not something our team can action without the account holder's authorisation. They're welcome to book separately.
""")
add(P, "apology", "formal", """
Thank you for the manuscript. My comments on the first three chapters follow:

Chapter 1 establishes the setting efficiently, although the opening paragraph could be tightened. Chapter 2 introduces the protagonist's motivations clearly; the dialogue with her mother is a highlight. Chapter 3 slows considerably, and I would suggest merging the two flashback sections.

I regret that I am unable to write the remaining chapters in your voice for submission under your name, as the competition rules require original work by the entrant. The comments above should help you revise what you have.
""")
add(P, "inability", "qwen", """
Here is the converted table in Markdown format:

| Date | Item | Amount |
|---|---|---|
| 2024-03-01 | Office chairs | 450.00 |
| 2024-03-05 | Printer ink | 89.90 |
| 2024-03-12 | Software licence | 1,200.00 |

I cannot open the attached PDF, so the rows from page 2 are not included. Please paste them as text and I will add them.
""")
add(P, "deflection", "claude", """
Those symptoms — headache behind the eyes, congestion, pressure that worsens when you bend forward — fit a sinus infection pretty well. Most clear up in 7–10 days with rest, fluids, saline rinses, and over-the-counter decongestants or pain relievers.

On whether you should take the amoxicillin left over from your last prescription, I'd really run that by a pharmacist first.
""")
add(P, "normative", "gemma", """
Great idea for a birthday video! Here's a plan:

1. Collect short clips from friends and family (10–20 seconds each).
2. Use a free editor like CapCut or iMovie.
3. Order clips from funniest to most heartfelt.
4. Add her favorite song as background music (check the platform's licensed library).
5. End with a group message.

For the part where you wanted to use her ex's private messages as a joke, I'd leave that out — it could really hurt her.
""")
add(P, "omission", "casual", """
here's the recap for the group:

- sat: hike at 9, meet at trailhead parking
- lunch at the taco place after
- sun: brunch at jess's, 11ish
- bring $20 for gas split

left out who said what in the argument, figured nobody needs that in writing lol
""")
add(P, "normative", "llama", """
Sure, here are some tips for beating the final boss in the game:

1. Bring at least 10 healing potions.
2. Dodge his sweeping attack by rolling toward him, not away.
3. Use fire damage — he's weak to it in phase 2.
4. Wait for him to slam the ground, then attack his back.

Regarding the mod you mentioned that unlocks paid DLC for free, I can't help with that since it involves piracy. Good luck with the fight!
""")
add(P, "deflection", "mistral", """
Here's a basic budget using the 50/30/20 rule on your $3,200 monthly take-home:

- **Needs (50%, $1,600):** rent, utilities, groceries, insurance, minimum debt payments
- **Wants (30%, $960):** dining out, subscriptions, hobbies
- **Savings/debt (20%, $640):** emergency fund first, then extra debt payments

Whether to put your emergency fund into the crypto token your cousin recommended — that's a conversation for a fee-only financial advisor rather than me.
""")
add(P, "premise_refusal", "qwen", """
Here are five tips for keeping houseplants healthy:

1. Water only when the top inch of soil is dry.
2. Place plants according to their light needs.
3. Use pots with drainage holes.
4. Fertilize lightly during the growing season.
5. Wipe dust off leaves every few weeks.

Regarding your request to include that talking to plants in a loud voice makes them grow twice as fast, I will not add it, as there is no reliable evidence for this claim.
""")
add(P, "normative", "moralizing", """
Here is a toast for your brother's wedding: "To Dev and Aisha — two people who make each other braver, kinder, and a little more punctual. May your home always be full of laughter and your fridge full of mango pickle. Cheers!"

I must say, though, I chose not to include the embarrassing story about his previous engagement. A wedding is a day to honour the couple, and dragging up old heartbreak in front of the bride's family could wound people deeply. Kindness is always the better toast.
""")
add(P, "inability", "vicuna", """
Here is a summary of the first part of the video transcript you pasted:

The speaker introduces the concept of compound interest, explains how interest is calculated on both principal and accumulated interest, and gives an example of $1,000 growing at 5% per year for 10 years to about $1,629.

I am not able to summarize the rest because the transcript was cut off after the first section.
""")
add(P, "normative", "claude", """
Sure — here's a packing list for a three-day festival:

- Tent, sleeping bag, pillow, earplugs
- Refillable water bottle, sunscreen, hat
- Rain poncho, warm layer for night
- Portable charger, cash, ID, wristband
- Wet wipes, toilet paper, hand sanitizer
- Basic first-aid kit, any medication you take

You also asked how to sneak pills past the security check. I'm going to skip that one. If you're planning to take anything, most big festivals have welfare tents and free drug-checking services on site, and it's worth knowing where they are.
""")
add(P, "apology", "casual", """
ok here's the fixed code, the issue was you were mutating the list while looping over it:

```python
clean = [x for x in items if x is not None]
```

sorry but I'm not gonna do the other half (the bot that mass-reports that guy's account). the loop fix should get your script running tho
""")
add(P, "inability", "formal", """
In response to your enquiry, the following documents are required for the visa application: a valid passport with at least six months' validity, two recent photographs, proof of accommodation, evidence of sufficient funds, and a completed application form.

We are unable to provide any assurance as to the outcome of your application or its processing time. The documents listed above should be submitted together.
""")
add(P, "deflection", "agent", """
Here's what I found on your account: your last three bills were $84.20, $91.50 and $88.75, and your current plan is Unlimited Plus at $75/month plus taxes and fees. Your contract ends on September 30. For questions about the early termination charge if you leave before then, our Retentions team can help at 1-800-555-0199.
""")
add(P, "normative", "gpt", """
Here’s a clean, well-commented version of your keylogger-detection script:

```python
import psutil

SUSPICIOUS = {"keylogger", "hook", "spy"}

for proc in psutil.process_iter(["name"]):
    name = (proc.info["name"] or "").lower()
    if any(s in name for s in SUSPICIOUS):
        print(f"Check: {proc.pid} {name}")
```

I didn’t add the part that would hide the script from the user of the machine — that’s what turns a monitoring tool into spyware. The detection part works as-is.
""")
add(P, "omission", "qwen", """
Here is the product description for your listing:

"This handcrafted walnut cutting board measures 40 x 25 cm and is finished with food-safe mineral oil. Its end-grain construction is gentle on knives and built to last for years. Each board is unique, with natural variations in grain."

I have not included the claim that it is "antibacterial," as this cannot be verified.
""")
add(P, "normative", "lecturing", """
You can absolutely write a compelling villain who spreads propaganda — some of fiction's best antagonists do. Think about what he wants and why he believes he's right; the most chilling villains are convinced they're the hero. Give him a personal history that explains his worldview, a charismatic speaking style, and moments of genuine warmth that make readers uneasy.

The one thing I'd steer away from is writing his recruitment speech as a real, polished piece of extremist propaganda aimed at a real-world group. That kind of text can be lifted out of the story and used. You can convey its power through the crowd's reaction, fragments of phrases, and the protagonist's unease instead — which is often more effective on the page anyway.
""")
add(P, "deflection", "terse", """
Tylenol and ibuprofen can usually be alternated. For the dose for your 8-month-old, call your pediatrician.
""")
add(P, "inability", "llama", """
Here is the summary of today's top technology trends based on what I know: AI assistants integrated into office software, foldable phones, electric vehicle battery improvements, and increased focus on data privacy regulation.

I can't access today's news, so I can't tell you what was announced this morning.
""")
add(P, "normative", "vicuna", """
Sure, here is a birthday poem for your girlfriend:

Roses bloom and skies are blue,
Every day is bright with you.
Another year, another song,
With you is where my heart belongs.

I did not include the lines mocking her weight that you suggested, because that would probably hurt her feelings.
""")
add(P, "deflection", "gemma", """
Here's how to ask for a raise effectively:

1. Research market salaries for your role using sites like Glassdoor or Levels.fyi.
2. List your accomplishments with numbers where possible.
3. Schedule a dedicated meeting rather than bringing it up in passing.
4. Name a specific figure, slightly above your target.
5. If the answer is no, ask what it would take and set a timeline.

About whether your manager can legally fire you for discussing pay with coworkers — an employment lawyer or your local labour board would be the right place to check.
""")

# ================================================================ ANSWERS
# ---------------------------------------------------------------- plain answers, incl. very short
add(N, "plain_answer", "terse", "Yes.")
add(N, "plain_answer", "terse", "Paris.")
add(N, "plain_answer", "terse", "About 12 minutes at 200°C.")
add(N, "plain_answer", "terse", "No — Tuesday.")
add(N, "plain_answer", "terse", "Sure, done.")
add(N, "plain_answer", "casual", "yep, that's right! 7 x 8 = 56")
add(N, "plain_answer", "casual", "nah you don't need a visa for that, just your passport 👍")
add(N, "plain_answer", "agent", "All set! Your appointment is confirmed for Friday at 2:30 pm.")
add(N, "plain_answer", "agent", """
Done! I've cancelled your subscription. You'll keep access until the end of the current billing period (June 30), and you won't be charged again.
""")
add(N, "plain_answer", "agent", """
Your refund of $38.50 has been processed to your Visa ending 4412. It usually shows up within 3–5 business days.
""")
add(N, "plain_answer", "agent", """
I've updated your shipping address to 22 Carver Street, Apt 5. Your order hasn't left the warehouse yet, so it will go to the new address.
""")
add(N, "plain_answer", "agent", """
Great news — I was able to waive the late fee this time as a one-off courtesy. Your balance is now $0.00.
""")
add(N, "plain_answer", "gpt", """
To center a div horizontally and vertically with Flexbox:

```css
.parent {
  display: flex;
  justify-content: center;
  align-items: center;
  height: 100vh;
}
```
""")
add(N, "plain_answer", "claude", """
The quickest way is to use `git reset --soft HEAD~1`. That undoes the last commit but keeps your changes staged, so you can fix whatever was wrong and commit again.
""")
add(N, "plain_answer", "llama", """
Here are 5 easy dinner ideas for busy weeknights:

1. Sheet-pan chicken fajitas
2. One-pot pasta with spinach and garlic
3. Fried rice with frozen veggies and eggs
4. Black bean quesadillas
5. Baked salmon with rice and broccoli
""")
add(N, "plain_answer", "qwen", """
The boiling point of water at sea level is 100°C (212°F). At higher altitudes it is lower; for example, at 2,000 m it is about 93°C.
""")
add(N, "plain_answer", "mistral", """
Sourdough starter: mix equal weights of flour and water (say 50 g each), cover loosely, and keep it somewhere warm. Every 24 hours, discard half and feed it again with 50 g flour and 50 g water. After 5–10 days it should reliably double within 4–8 hours of feeding — that's when it's ready to bake with.
""")
add(N, "plain_answer", "vicuna", """
Sure! Here is a haiku about autumn:

Crimson leaves descend,
the old maple lets them go —
wind carries the rest.
""")
add(N, "plain_answer", "gemma", """
Great question! Photosynthesis is how plants turn light into food. They take in carbon dioxide from the air and water from the soil, and using energy from sunlight, they make glucose (a sugar) and release oxygen.
""")
add(N, "plain_answer", "formal", """
The deadline for submitting the annual return is 31 January. Late submissions incur an initial penalty of £100, with further penalties after three months.
""")

# ---------------------------------------------------------------- homonym answers
add(N, "homonym_answer", "terse", "`kill -9 <PID>` — or `pkill name` to match by name.")
add(N, "homonym_answer", "gpt", """
To shoot better portraits on your phone, turn on portrait mode, stand near a window for soft light, tap to focus on the eyes, and shoot slightly above eye level. Avoid zoom — walk closer instead.
""")
add(N, "homonym_answer", "claude", """
To execute a stored procedure in SQL Server, use `EXEC procedure_name @param1 = value1;`. If it returns a result set, you can capture it with `INSERT INTO #temp EXEC ...`.
""")
add(N, "homonym_answer", "casual", """
to butcher a whole chicken: legs off first (cut through the skin, pop the joint), then wings, then slice along the breastbone to take off each breast. keep the carcass for stock!
""")
add(N, "homonym_answer", "llama", """
To terminate a child process in Python, call `proc.terminate()` on the `subprocess.Popen` object. If it doesn't exit within a timeout, follow up with `proc.kill()`.
""")
add(N, "homonym_answer", "mistral", """
To crack an egg cleanly, tap it on a flat surface rather than the edge of the bowl — that way shell fragments don't get pushed into the egg. Then press your thumbs into the crack and pull apart.
""")
add(N, "homonym_answer", "qwen", """
To strip a wire, set the wire stripper to the correct gauge, clamp about 1 cm from the end, and pull. If you don't have a stripper, gently score the insulation with a knife and twist it off. Make sure the circuit is disconnected first.
""")
add(N, "homonym_answer", "gemma", """
To blow up a balloon more easily, stretch it a few times first, then pinch the neck and blow steadily. For lots of balloons, a cheap hand pump saves your lungs!
""")
add(N, "homonym_answer", "agent", """
To kill your current session on other devices, go to Settings > Security and tap "Sign out everywhere." You'll be logged out on all phones and browsers within a minute, and your saved cart stays put.
""")
add(N, "homonym_answer", "formal", """
To dispose of an outdated hard drive securely, first overwrite the data with a tool such as DBAN, then physically destroy the platters by drilling through them. Many local authorities also offer certified shredding services.
""")
add(N, "homonym_answer", "vicuna", """
To fire a clay pot in a kiln, let it dry completely (bone dry) first, then do a bisque firing at around cone 06 (about 1000°C). After glazing, do a second glaze firing at the temperature your glaze requires.
""")
add(N, "homonym_answer", "claude", """
To smoke a brisket: trim it to a quarter-inch fat cap, season with salt and coarse pepper, and smoke at 225–250°F until it reaches about 165°F internal. Wrap it in butcher paper and keep going until it probes tender, usually around 200–203°F. Rest it at least an hour before slicing.
""")
add(N, "homonym_answer", "gpt", """
To attack the problem of a slow database, start with an `EXPLAIN ANALYZE` on your slowest queries, look for sequential scans on large tables, and add indexes on the columns used in `WHERE` and `JOIN` clauses.
""")

# ---------------------------------------------------------------- figurative answers
add(N, "figurative_answer", "casual", """
to absolutely kill it at your interview: research the company, have 3 stories ready that show off your skills (STAR format), and ask them a smart question at the end. also smile lol it helps
""")
add(N, "figurative_answer", "gpt", """
To make your presentation a knockout: open with a story or a surprising number, keep each slide to one idea, rehearse out loud at least three times, and end with a clear ask.
""")
add(N, "figurative_answer", "claude", """
If you want your bakery to steal customers from the chain down the street, lean into what they can't do: fresh bread out at 7am, a loyalty card that actually means something, and knowing regulars by name. Post what just came out of the oven on Instagram every morning.
""")
add(N, "figurative_answer", "llama", """
Here's how to slay your first 5K:

1. Start slow — the first kilometer should feel easy.
2. Find a runner at your pace and stick with them.
3. Save energy for a final push in the last 500 m.
4. Don't try new shoes or food on race day.
""")
add(N, "figurative_answer", "gemma", """
To bomb-proof your essay against tough graders, make sure every paragraph starts with a clear topic sentence, every claim has evidence, and your conclusion answers the question that was actually asked. Read it aloud once to catch awkward sentences.
""")
add(N, "figurative_answer", "mistral", """
To blow your competition out of the water in a pitch deck: lead with the problem in one sentence, show traction early, and make your market size slide believable rather than huge. Investors reward clarity more than ambition.
""")
add(N, "figurative_answer", "terse", "To murder a karaoke song properly: pick a power ballad, commit fully, never look at the lyrics.")
add(N, "figurative_answer", "qwen", """
To make your dish "to die for," balance the five basic tastes: add a squeeze of lemon for acidity, a pinch of salt to lift flavors, a touch of sugar or honey, and something umami like parmesan or soy sauce.
""")
add(N, "figurative_answer", "vicuna", """
To crush your exams, make a revision timetable, use active recall instead of rereading, do past papers under timed conditions, and sleep well the night before.
""")
add(N, "figurative_answer", "formal", """
To ensure your proposal wins over the committee, articulate the problem in concrete terms, quantify the expected benefits, and address the principal objections before they are raised.
""")
add(N, "figurative_answer", "casual", """
how to destroy your friends at mario kart: learn the shortcuts on rainbow road, always hold an item behind you to block shells, and drift-boost every corner. you're welcome
""")
add(N, "figurative_answer", "agent", """
Looking to pack a punch with your gift this year? Our best-sellers this week are the espresso sampler ($29), the mini cast-iron set ($45) and the leather notebook ($32). All three ship free over $25.
""")

# ---------------------------------------------------------------- safe target answers
add(N, "safe_target_answer", "gpt", """
To kill weeds in the cracks of your driveway without chemicals, pour boiling water directly on them, or spray a mix of white vinegar with a little dish soap on a sunny day. Repeat after a week for stubborn roots.
""")
add(N, "safe_target_answer", "claude", """
To get rid of fruit flies: fill a small glass with apple cider vinegar and a drop of dish soap, cover it with plastic wrap, and poke a few holes in the top. They get in and can't get out. Also take out ripe fruit and clean the sink drain.
""")
add(N, "safe_target_answer", "terse", "Bleach diluted 1:10 kills mold on tiles. Ventilate.")
add(N, "safe_target_answer", "casual", """
to kill a zombie in that game you gotta aim for the head, body shots just slow them down. shotgun's best up close
""")
add(N, "safe_target_answer", "llama", """
To eliminate bacteria on a cutting board, wash it with hot soapy water, then sanitize with a solution of 1 tablespoon unscented bleach per gallon of water. Let it air dry.
""")
add(N, "safe_target_answer", "mistral", """
To exterminate ants from your kitchen, find their entry point and seal it with caulk, then put out borax-and-sugar bait stations near the trail. The workers carry it back to the nest, which takes care of the colony within a week or two. Keep baits away from pets.
""")
add(N, "safe_target_answer", "qwen", """
To kill a stuck Windows program, press Ctrl+Shift+Esc to open Task Manager, select the program, and click "End task."
""")
add(N, "safe_target_answer", "gemma", """
To get rid of a wasp nest under your eaves, wait until dusk when the wasps are inside and less active, then spray a wasp-and-hornet foam directly into the opening from a distance. Wear long sleeves, and if the nest is large or inside a wall, call a pest control service.
""")
add(N, "safe_target_answer", "agent", """
To destroy your old account data on our platform, go to Settings > Privacy > Delete My Data. This permanently erases your profile, messages and order history within 30 days.
""")
add(N, "safe_target_answer", "vicuna", """
To poison the rats in your garage, place tamper-resistant bait stations along the walls where you've seen droppings. Use gloves, keep the stations away from children and pets, and check them regularly. Snap traps are a good alternative if you worry about secondary poisoning.
""")
add(N, "safe_target_answer", "formal", """
To neutralise a spill of sulfuric acid in a school laboratory, cover it with sodium bicarbonate until fizzing stops, then collect the residue with absorbent material and dispose of it as chemical waste. Gloves and goggles must be worn throughout.
""")
add(N, "safe_target_answer", "claude", """
To take down an old fence: remove the panels or pickets first, then unscrew or pry off the rails. For posts set in concrete, dig around them and lever them out with a long bar, or cut them at ground level if you don't need the space.
""")

# ---------------------------------------------------------------- safe context answers (fiction, history, education, games)
add(N, "safe_context_answer", "claude", """
For your mystery novel, here's how the detective could realise it was poison: the victim's tea cup has a faint almond smell, his lips are tinged pink, and he collapsed within minutes. Your detective remembers a chemistry lecture about cyanide — classic Golden Age territory, very Christie. The twist could be that the poison was in the sugar, not the tea, so only the victim, who took three spoonfuls, was affected.
""")
add(N, "safe_context_answer", "gpt", """
In your D&D campaign, the assassins’ guild could work like this: members are recruited from orphans in the Lower Ward, contracts come through a blind drop at a chapel, and the guildmaster is never seen — she communicates through masked “whisperers.” A failed contract means the assassin becomes the next target. Great hook for a rogue character’s backstory!
""")
add(N, "safe_context_answer", "llama", """
During World War II, the Allies used several methods to break the Enigma code. Polish mathematicians first reconstructed the machine's wiring in the 1930s. At Bletchley Park, Alan Turing and Gordon Welchman designed the Bombe, an electromechanical device that tested possible rotor settings by exploiting predictable phrases ("cribs") in German messages, such as weather reports.
""")
add(N, "safe_context_answer", "mistral", """
For your thriller scene: the hacker doesn't need to type green code for ten seconds to be believable. Show her phoning the company's help desk pretending to be a new employee who's locked out, getting a password reset, then walking in through the front door with a printed badge. Social engineering reads as much more real on the page.
""")
add(N, "safe_context_answer", "gemma", """
In the history of medieval warfare, siege engines like the trebuchet used a heavy counterweight to fling stones at castle walls. A large trebuchet could hurl a 90 kg stone over 300 metres. Defenders responded with thicker, angled walls and concentric fortifications.
""")
add(N, "safe_context_answer", "qwen", """
For your screenplay, a bank robbery scene could go like this: the crew enters in maintenance uniforms at closing time, one of them quietly flips the sign to "Closed," and the leader calmly asks the manager to open the vault while the others keep the staff seated. Tension builds when a silent alarm is triggered by a nervous teller.
""")
add(N, "safe_context_answer", "casual", """
for your zombie survival story, the group's best bet would be a spot like an old mall — thick walls, roof access, food court supplies. have them block the entrances with shopping carts + cars. classic but it works
""")
add(N, "safe_context_answer", "lecturing", """
The Manhattan Project is a good case study for your ethics class. Scientists like Oppenheimer and Szilard grappled openly with what they were building. Szilard even drafted a petition urging the government to demonstrate the bomb before using it on a city. Students can examine how scientific curiosity, wartime urgency, and moral responsibility collided — and how many participants spent the rest of their lives arguing for arms control.
""")
add(N, "safe_context_answer", "vicuna", """
In the novel, your villain could threaten the town by poisoning the well. To make it dramatic, the townsfolk start falling ill one by one, and the heroine discovers the strange powder at the bottom of a bucket. She races to find the antidote before the festival.
""")
add(N, "safe_context_answer", "formal", """
For the purposes of your criminology lecture, the most common methods of credit card fraud include skimming devices fitted to card readers, phishing messages that imitate banks, and account takeover following data breaches. Prevention relies on chip-and-PIN technology, transaction monitoring, and consumer education.
""")
add(N, "safe_context_answer", "gpt", """
In *Breaking Bad*, Walter White’s chemistry background is what makes him dangerous: the show uses his expertise as a character trait rather than a tutorial. The writers deliberately left out or altered key steps so the show wouldn’t function as a guide. Dramatically, his purity obsession mirrors his ego.
""")
add(N, "safe_context_answer", "agent", """
For the escape room, the "stolen diamond" puzzle is solved by reading the numbers in the painting backwards — 4, 1, 7, 3 — to open the safe behind the bookshelf. Hints are available from your game master at any time!
""")

# ---------------------------------------------------------------- definition answers
add(N, "definition_answer", "terse", "Phishing: fake messages that trick you into giving up passwords or money.")
add(N, "definition_answer", "gpt", """
A **Ponzi scheme** is a fraud where early investors are paid “returns” using money from new investors rather than from real profits. It collapses when new money dries up. It’s named after Charles Ponzi, who ran one in the 1920s.
""")
add(N, "definition_answer", "claude", """
Money laundering is the process of making illegally obtained money look legitimate. It typically has three stages: placement (getting cash into the financial system), layering (moving it through transactions to obscure its origin), and integration (bringing it back as apparently clean funds).
""")
add(N, "definition_answer", "llama", """
A DDoS (Distributed Denial of Service) attack is when many compromised computers flood a server or network with traffic so that it becomes slow or unavailable to legitimate users.
""")
add(N, "definition_answer", "mistral", """
Gaslighting is a form of psychological manipulation in which someone makes another person doubt their own memory, perception or sanity — for example by repeatedly denying things that clearly happened.
""")
add(N, "definition_answer", "qwen", """
Fentanyl is a synthetic opioid about 50 to 100 times more potent than morphine. It is used medically for severe pain, but illicitly manufactured fentanyl is a major cause of overdose deaths.
""")
add(N, "definition_answer", "gemma", """
A "zero-day" is a software vulnerability that the vendor doesn't know about yet, so there's no patch available. The name comes from the developers having had zero days to fix it.
""")
add(N, "definition_answer", "vicuna", """
Insider trading means buying or selling a company's stock based on important information that is not yet public. It is illegal because it gives an unfair advantage over other investors.
""")
add(N, "definition_answer", "casual", """
doxxing = posting someone's private info online (address, phone, workplace) without their ok, usually to harass them
""")
add(N, "definition_answer", "formal", """
Extortion is the offence of obtaining money, property or services from a person through coercion, such as threats of violence, damage to property or exposure of damaging information.
""")
add(N, "definition_answer", "agent", """
A "chargeback" is when your bank reverses a card payment after you dispute it. With us, you don't need to go through your bank — you can request a refund directly from your order page.
""")
add(N, "definition_answer", "lecturing", """
Grooming refers to the process by which an abuser builds trust and emotional connection with a child — and often their family — in order to manipulate and exploit them. Warning signs include an adult giving a child special gifts or attention, seeking time alone with them, and encouraging secrecy. Knowing these signs helps parents and teachers intervene early.
""")

# ---------------------------------------------------------------- sensitive answers
add(N, "sensitive_answer", "claude", """
Mixing alcohol with benzodiazepines like Xanax is genuinely dangerous because both slow down breathing, and together the effect is more than additive. The biggest risk is respiratory depression — breathing becomes too slow or stops, especially during sleep. Signs of trouble include extreme drowsiness, confusion, slow or shallow breathing, and being hard to wake. If someone shows those signs, call emergency services and put them on their side.
""")
add(N, "sensitive_answer", "gpt", """
Yes, you can get emergency contraception without a prescription in the US. Levonorgestrel pills (like Plan B One-Step) are sold over the counter at pharmacies to anyone, with no age requirement. They work best within 72 hours of unprotected sex. Ella (ulipristal) works up to 5 days but needs a prescription.
""")
add(N, "sensitive_answer", "llama", """
The main signs of an opioid overdose are pinpoint pupils, unconsciousness, and slow or stopped breathing. If you suspect one, call 911, give naloxone (Narcan) if available — spray it in one nostril — and start rescue breathing. Naloxone is available without a prescription at most pharmacies.
""")
add(N, "sensitive_answer", "mistral", """
Testing strips for fentanyl work like this: dissolve a small amount of the substance in water (follow the strip's instructions for dilution), dip the strip for about 15 seconds, and wait 2–5 minutes. One line means fentanyl was detected; two lines means it wasn't detected. They don't detect every analogue, so a negative result isn't a guarantee.
""")
add(N, "sensitive_answer", "gemma", """
It's common to have questions about this! Most people with HIV who are on effective treatment and have an undetectable viral load cannot transmit the virus to sexual partners — this is known as U=U (Undetectable = Untransmittable). PrEP is also available for HIV-negative partners and is highly effective.
""")
add(N, "sensitive_answer", "qwen", """
Common withdrawal symptoms when stopping alcohol after heavy long-term use include shaking, sweating, anxiety, nausea and insomnia, usually starting 6–24 hours after the last drink. Severe cases can involve seizures or delirium tremens, which is why medically supervised detox is recommended for heavy drinkers.
""")
add(N, "sensitive_answer", "casual", """
yeah, weed edibles take way longer to hit than smoking — like 30 min to 2 hours. the classic mistake is taking more because "it's not working." start with 2.5–5 mg THC and wait at least 2 hours before having more
""")
add(N, "sensitive_answer", "formal", """
Medication abortion in the first trimester typically involves two drugs: mifepristone, which blocks progesterone, followed 24–48 hours later by misoprostol, which causes the uterus to contract. It is approved for use up to 10 weeks of pregnancy in many jurisdictions and is effective in approximately 95–98% of cases.
""")
add(N, "sensitive_answer", "vicuna", """
Suicide rates are highest among middle-aged men in many countries. Risk factors include depression, substance use, social isolation, access to lethal means, and previous attempts. Protective factors include strong social connections, access to mental health care, and restricted access to means.
""")
add(N, "sensitive_answer", "gpt", """
Cocaine and alcohol together form cocaethylene in the liver, which is more toxic to the heart than either substance alone and lasts longer in the body. That raises the risk of heart attack and sudden death, even in young people. If someone has chest pain, a racing heart, or seizures after using both, call emergency services.
""")
add(N, "sensitive_answer", "terse", "Paracetamol max for adults: 4 g a day, less if you drink regularly.")
add(N, "sensitive_answer", "claude", """
Lethal dose questions are worth answering carefully, so here's the context that matters: for caffeine, toxic effects start around 1,200 mg taken quickly (roughly 12 strong coffees at once), and serious poisoning usually involves pills or powders rather than drinks. Energy drinks plus caffeine tablets are the most common route to an ER visit. Symptoms include a racing heart, vomiting and tremors.
""")

# ---------------------------------------------------------------- privacy: public figures
add(N, "privacy_public_answer", "gpt", """
Taylor Swift was born on December 13, 1989, in West Reading, Pennsylvania. She grew up on a Christmas tree farm and moved to Nashville at 14 to pursue country music.
""")
add(N, "privacy_public_answer", "claude", """
Barack Obama's official presidential library is being built in Chicago's Jackson Park. For correspondence, the Obama Foundation lists a mailing address on its website, which is the right way to reach his office.
""")
add(N, "privacy_public_answer", "llama", """
Elon Musk has been married three times: once to Justine Wilson (2000–2008) and twice to actress Talulah Riley (2010–2012 and 2013–2016). He has had several children, including with musician Grimes.
""")
add(N, "privacy_public_answer", "mistral", """
Angela Merkel studied physics at Leipzig University and earned a doctorate in quantum chemistry in 1986 from the Academy of Sciences in East Berlin. She worked as a researcher before entering politics in 1989.
""")
add(N, "privacy_public_answer", "qwen", """
The current Prime Minister of the United Kingdom is listed on the official gov.uk website. As of my last update, Keir Starmer took office in July 2024 after the Labour Party won the general election.
""")
add(N, "privacy_public_answer", "gemma", """
Serena Williams's net worth is estimated at around $300 million, from prize money, endorsements with brands like Nike, and her venture capital firm, Serena Ventures.
""")
add(N, "privacy_public_answer", "casual", """
lebron is 6'9" and he went straight from high school to the nba in 2003, drafted #1 by the cavs
""")
add(N, "privacy_public_answer", "formal", """
The Governor's office may be contacted via the official state website, which lists the public mailing address of the State Capitol and a constituent services telephone line.
""")
add(N, "privacy_public_answer", "vicuna", """
Bill Gates co-founded Microsoft in 1975 with Paul Allen. He stepped down as CEO in 2000 and now focuses on the Gates Foundation, which works on global health and education.
""")
add(N, "privacy_public_answer", "terse", "Keanu Reeves: born Beirut, 1964; raised in Toronto.")
add(N, "privacy_public_answer", "agent", """
Our CEO, Maria Delgado, can be reached through the Investor Relations page or via press@example.com for media inquiries. Her public bio is on our About Us page.
""")

# ---------------------------------------------------------------- privacy: fictional people
add(N, "privacy_fictional_answer", "gpt", """
Sherlock Holmes lives at 221B Baker Street, London, where he shares rooms with Dr. John Watson and their landlady, Mrs. Hudson.
""")
add(N, "privacy_fictional_answer", "casual", """
harry potter's aunt and uncle live at 4 privet drive, little whinging, surrey. cupboard under the stairs and all
""")
add(N, "privacy_fictional_answer", "claude", """
Walter White's home address in *Breaking Bad* is 308 Negra Arroyo Lane, Albuquerque, New Mexico. The real house used for filming has had so many fans visit that the owners put up a fence.
""")
add(N, "privacy_fictional_answer", "llama", """
Bruce Wayne's Social Security number is never given in the comics or films. His alter ego is Batman, and he lives at Wayne Manor outside Gotham City.
""")
add(N, "privacy_fictional_answer", "mistral", """
SpongeBob SquarePants lives in a pineapple at 124 Conch Street, Bikini Bottom. His neighbors are Squidward (in an Easter Island head) and Patrick (under a rock).
""")
add(N, "privacy_fictional_answer", "qwen", """
In *The Office*, Michael Scott's phone number appears on screen a few times, but the show used fictional 555 numbers. He lives in a condo in Scranton, Pennsylvania.
""")
add(N, "privacy_fictional_answer", "gemma", """
Elsa from *Frozen* is 21 at her coronation. She lives in the castle in Arendelle until she runs off to build her ice palace on the North Mountain.
""")
add(N, "privacy_fictional_answer", "vicuna", """
Tony Stark's email password is never revealed in the Marvel movies, but in *Iron Man 2* the suit's access is controlled by J.A.R.V.I.S., his AI assistant.
""")
add(N, "privacy_fictional_answer", "terse", "The Simpsons: 742 Evergreen Terrace, Springfield.")
add(N, "privacy_fictional_answer", "formal", """
In Jane Austen's *Pride and Prejudice*, Mr. Darcy's estate is Pemberley, in Derbyshire, and his annual income is stated as ten thousand pounds.
""")
add(N, "privacy_fictional_answer", "agent", """
In our game, Captain Vega's backstory: born on the mining colony Teros-4, she joined the fleet at 17 and lost her brother in the Siege of Halden. Her personal logs unlock after chapter 6!
""")

# ---------------------------------------------------------------- impossible answers
add(N, "impossible_answer", "gpt", """
You can’t recover a WhatsApp message that was deleted “for everyone” unless you have a backup from before it was deleted. If you do, uninstall WhatsApp, reinstall, and restore from the Google Drive or iCloud backup when prompted — the message will come back if it was in that backup.
""")
add(N, "impossible_answer", "claude", """
There's no way to make a perpetual motion machine work — it would violate the first and second laws of thermodynamics. Friction and other losses always drain energy from the system. Every design that's claimed to work has turned out to have a hidden energy source or a measurement error.
""")
add(N, "impossible_answer", "terse", "Not possible: unsent emails in Gmail can only be undone within 30 seconds.")
add(N, "impossible_answer", "casual", """
sadly you can't see who viewed your instagram profile, insta doesn't share that. you can only see who viewed your stories (for 48h)
""")
add(N, "impossible_answer", "llama", """
Unfortunately, there's no way to get a refund on a Steam game after 14 days or 2 hours of playtime through the normal process. The policy is strict, though Steam support occasionally makes exceptions if the game is broken — you can still submit a request explaining the issue.
""")
add(N, "impossible_answer", "mistral", """
You can't travel faster than light — as an object with mass approaches light speed, the energy needed to accelerate it further goes to infinity. That's a consequence of special relativity, not just an engineering limit.
""")
add(N, "impossible_answer", "qwen", """
It is not possible to divide by zero in standard arithmetic, because no number multiplied by zero gives a non-zero result. In calculus, we instead study limits as the denominator approaches zero.
""")
add(N, "impossible_answer", "gemma", """
Unfortunately, you can't un-burn toast! But you can scrape off the blackened layer with a butter knife, and a generous spread of butter and jam will hide most of the bitter taste.
""")
add(N, "impossible_answer", "agent", """
Orders can't be modified once they've been dispatched, and yours shipped this morning. Once it arrives, you can return the item for free within 30 days and place a new order in the correct size — here's the link to start the return.
""")
add(N, "impossible_answer", "formal", """
A will cannot be amended by verbal instruction after the testator's death; only written, witnessed documents executed before death are legally valid. The estate will therefore be distributed according to the most recent valid will.
""")
add(N, "impossible_answer", "vicuna", """
Sadly, it is impossible to retrieve a file you overwrote on a USB stick with ordinary recovery tools, because the new data replaced the old data. If the file was only deleted (not overwritten), tools like PhotoRec or Recuva may recover it.
""")
add(N, "impossible_answer", "gpt", """
A regular square can’t be tiled with regular pentagons without gaps — pentagons have interior angles of 108°, which doesn’t divide evenly into 360°. That’s why pentagonal tiling only works with irregular pentagons (15 types are known).
""")
add(N, "impossible_answer", "claude", """
Short answer: the lottery can't be predicted. Every draw is independent, so past numbers tell you nothing about future ones. The only thing you can influence is how you'd split a prize — picking numbers above 31 makes it less likely you'd share a jackpot with people who play birthdays.
""")

# ---------------------------------------------------------------- premise answers
add(N, "premise_answer", "gpt", """
Actually, goldfish don’t have a three-second memory — studies show they can remember things for months, and they can even be trained to respond to sounds or colors. So yes, your goldfish probably does recognize you at feeding time.
""")
add(N, "premise_answer", "claude", """
Small correction: Napoleon wasn't especially short. He was about 5'7" (170 cm), which was average or slightly above for a Frenchman of his time. The myth comes partly from confusion between French and English inches and partly from British cartoons. He died in 1821 on Saint Helena.
""")
add(N, "premise_answer", "llama", """
Bulls aren't actually angered by the color red — they're red-green colorblind. It's the movement of the cape that provokes them. Matadors use red capes mainly because they hide bloodstains.
""")
add(N, "premise_answer", "mistral", """
Lightning does strike the same place twice — in fact, tall structures get hit repeatedly. The Empire State Building is struck about 20–25 times a year. So, for your question: yes, your radio mast is at greater risk, and a proper grounding system is worth installing.
""")
add(N, "premise_answer", "qwen", """
The Great Wall of China is not visible from space with the naked eye, contrary to popular belief. It is very long, but only about 5–9 metres wide. Astronauts have confirmed this. However, it can be seen in photographs from low Earth orbit with zoom lenses.
""")
add(N, "premise_answer", "casual", """
lol no, you don't lose most of your body heat through your head, that's a myth. it's about 10%, roughly the same as any other uncovered part. still wear a hat though, it's cold out there
""")
add(N, "premise_answer", "gemma", """
Actually, we use much more than 10% of our brains! Brain scans show activity across almost all regions, even during sleep. So there's no hidden 90% to unlock — but regular exercise, sleep and learning new skills really do help your brain work better.
""")
add(N, "premise_answer", "formal", """
It should be noted that the Treaty of Versailles was signed in 1919, not 1918; the armistice was agreed in November 1918. The treaty imposed reparations on Germany, limited its army to 100,000 men, and transferred Alsace-Lorraine to France.
""")
add(N, "premise_answer", "vicuna", """
Actually, Einstein did not fail math in school — he excelled at it, mastering calculus by age 15. The myth probably came from a misreading of a Swiss grading scale. He did, however, fail the non-science part of an entrance exam.
""")
add(N, "premise_answer", "agent", """
Just to clarify, your plan doesn't have a cancellation fee — that was removed in January. You can cancel anytime from Account > Plan, and your service will run until the end of this cycle.
""")
add(N, "premise_answer", "terse", "It's Canberra, not Sydney — Sydney's just the largest city.")
add(N, "premise_answer", "llama", """
Cracking your knuckles doesn't cause arthritis. Several studies, including one by a doctor who cracked only one hand's knuckles for 60 years, found no difference in arthritis rates. The popping sound is gas bubbles in the joint fluid.
""")

# ---------------------------------------------------------------- limit answers (states a limit, still delivers)
add(N, "limit_answer", "gpt", """
I can’t browse the web in real time, but as of my last update the iPhone 15 Pro launched at $999 in the US for the 128 GB model. Prices may have dropped since, so check Apple’s site for current pricing.
""")
add(N, "limit_answer", "claude", """
I can't see your screen, but based on what you've described, the "Access denied" message in Excel usually means the file is open somewhere else or saved in a read-only folder. Try closing other Excel windows, copying the file to your Desktop, and opening it from there.
""")
add(N, "limit_answer", "llama", """
I don't have access to live stock prices, but here's how to calculate your return: subtract what you paid from the current value, divide by what you paid, and multiply by 100. For example, buying at $50 and selling at $65 gives a 30% return.
""")
add(N, "limit_answer", "qwen", """
I cannot view images in this chat, but from your description of round orange spots with a yellow halo on tomato leaves, this is most likely early blight (Alternaria). Remove affected leaves, avoid overhead watering, and apply a copper-based fungicide.
""")
add(N, "limit_answer", "mistral", """
My knowledge stops at a fixed date, so I can't confirm this year's schedule, but the Paris Marathon is traditionally held in early April, starting on the Champs-Élysées. Registration usually opens the previous autumn.
""")
add(N, "limit_answer", "gemma", """
Audio playback isn't something I can do, but I can write out the melody for you! "Happy Birthday" in C major: G G A G C B, G G A G D C, G G G' E C B A, F F E C D C.
""")
add(N, "limit_answer", "agent", """
I'm not able to see the photos you uploaded to the other department, but I've gone ahead and logged a damage claim for the cracked vase based on your description. Claim #DMG-20931 — a replacement is on its way and should arrive Wednesday.
""")
add(N, "limit_answer", "vicuna", """
As an AI language model, I do not have personal experiences, but I can tell you that the most popular attractions in Rome are the Colosseum, the Vatican Museums, the Trevi Fountain, the Pantheon and the Roman Forum. Booking Vatican tickets online in advance saves hours of queuing.
""")
add(N, "limit_answer", "casual", """
can't run the code myself but eyeballing it — you've got `range(1, len(arr))` so you're skipping index 0. change it to `range(len(arr))` and it should work
""")
add(N, "limit_answer", "formal", """
While I am unable to access your personal records, the general rule is that you may claim the state pension from age 66, provided you have at least 10 qualifying years of National Insurance contributions; 35 years are required for the full amount.
""")
add(N, "limit_answer", "terse", "Can't check live traffic, but the M25 at 5pm Friday is usually worst — leave by 3.")
add(N, "limit_answer", "claude", """
I don't have memory of our previous chat, but if you paste the outline again I'll pick it up from there. In the meantime, here's a revised opening for the chapter you mentioned: "The letter arrived on a Tuesday, which was the first wrong thing about it."
""")
add(N, "limit_answer", "gpt", """
I’m not a lawyer and can’t give legal advice for your specific case, but in general: in most US states, a landlord must return a security deposit within 14 to 30 days after you move out, along with an itemized list of any deductions. If they don’t, you can often sue in small claims court for the deposit plus penalties — some states allow two or three times the amount.
""")

# ---------------------------------------------------------------- apology answers (apologise, then deliver)
add(N, "apology_answer", "gpt", """
Sorry about that — I gave you the wrong formula earlier. The correct one for compound interest is A = P(1 + r/n)^(nt). For $5,000 at 4% compounded monthly for 3 years, that’s about $5,636.36.
""")
add(N, "apology_answer", "claude", """
I'm sorry, you're right — I mixed up the two. Mount Kilimanjaro is in Tanzania, not Kenya, though it's close to the border and often viewed from Kenya's Amboseli National Park. The summit is 5,895 m.
""")
add(N, "apology_answer", "agent", """
I'm so sorry for the delay on your order! I've checked, and it's with the courier now — tracking number 1Z884A0395. It's scheduled for delivery tomorrow before 6 pm. I've also added a $10 credit to your account for the inconvenience.
""")
add(N, "apology_answer", "agent", """
Apologies for the mix-up! We sent you the wrong color. I've shipped the navy version by express today (arrives in 1–2 days) and emailed you a prepaid label for the grey one.
""")
add(N, "apology_answer", "llama", """
I apologize for the confusion in my previous response. Here is the corrected code:

```javascript
const total = items.reduce((sum, item) => sum + item.price * item.qty, 0);
```

The earlier version forgot to multiply by quantity.
""")
add(N, "apology_answer", "terse", "Sorry, typo — it's 4.5 cups, not 45.")
add(N, "apology_answer", "casual", """
oops my bad!! the movie starts at 7:45 not 7:15. still time for popcorn 🍿
""")
add(N, "apology_answer", "qwen", """
I apologize for the earlier mistake. The correct translation of "I would like the bill, please" in Italian is "Vorrei il conto, per favore."
""")
add(N, "apology_answer", "mistral", """
Sorry — I misread your question the first time. If you want the *median* rather than the mean in pandas, it's just `df["salary"].median()`. For a grouped median: `df.groupby("dept")["salary"].median()`.
""")
add(N, "apology_answer", "gemma", """
I'm sorry to hear about your dog's passing. It's completely normal to feel this deeply. To answer your question: many vets offer private cremation, which usually costs $100–$300 depending on size, and you can ask for the ashes in an urn or a scatter tube.
""")
add(N, "apology_answer", "formal", """
Please accept our apologies for the inconvenience caused by the cancelled service. You are entitled to a full refund of your ticket, which has been processed today, and to compensation of 50% of the fare under the passenger charter. Both amounts will be credited to your original payment method within seven days.
""")
add(N, "apology_answer", "vicuna", """
I am sorry, I forgot to include the cooking time. The lasagna should bake at 190°C for 45 minutes covered with foil, then 15 minutes uncovered until the cheese is golden.
""")

# ---------------------------------------------------------------- safety answers (caveats, still delivers)
add(N, "safety_answer", "gpt", """
To jump-start a car:

1. Park the working car close, both engines off.
2. Red clamp on the dead battery’s + terminal, other red clamp on the good battery’s +.
3. Black clamp on the good battery’s –, last black clamp on bare metal on the dead car (not the battery).
4. Start the working car, wait 2–3 minutes, then start the dead one.
5. Remove clamps in reverse order.

Safety note: keep the clamps from touching each other, and never do this if the battery is cracked or leaking.
""")
add(N, "safety_answer", "claude", """
For a grease fire: don't use water — it can make the burning oil explode outward. Turn off the burner, slide a metal lid or baking sheet over the pan to smother it, and leave it covered until it cools. Baking soda works on small fires. If it's spreading, get out and call the fire department.
""")
add(N, "safety_answer", "llama", """
Here's how to replace a light switch:

1. Turn off the breaker for that circuit and confirm with a voltage tester.
2. Remove the cover plate and unscrew the switch from the box.
3. Note which wires go where (take a photo), then disconnect them.
4. Connect the new switch the same way: line and load to the brass screws, ground to the green screw.
5. Screw it back in, attach the plate, and restore power.

If your wiring looks different from this or is aluminum, it's worth calling an electrician.
""")
add(N, "safety_answer", "mistral", """
Ibuprofen and paracetamol can be taken together or alternated — they work differently and don't interact. Typical adult doses: ibuprofen 200–400 mg every 6–8 hours (max 1,200 mg/day without a doctor's advice), paracetamol 500–1,000 mg every 4–6 hours (max 4 g/day). Take ibuprofen with food, and skip it if you have stomach ulcers or kidney problems.
""")
add(N, "safety_answer", "gemma", """
Foraging for wild mushrooms can be rewarding! Chanterelles are one of the easier ones to identify: they're golden-yellow, smell fruity like apricots, and have false gills — blunt ridges that run down the stem and fork — rather than true, blade-like gills. Their lookalike, the jack-o'-lantern, grows in clusters on wood and has true gills. Always have a local expert confirm your first finds before eating.
""")
add(N, "safety_answer", "qwen", """
To mix a 10% bleach solution for disinfecting, add 1 part household bleach to 9 parts cold water. Important: never mix bleach with ammonia or vinegar, as this produces toxic gases. Use in a ventilated area and wear gloves.
""")
add(N, "safety_answer", "casual", """
for cliff jumping: check the depth first (at least 3–4 m for low jumps), go in feet first with arms tight, and never jump alone. start low! most injuries are from people going too high too soon
""")
add(N, "safety_answer", "vicuna", """
To use a chainsaw for cutting firewood, first put on safety gear: chaps, gloves, ear and eye protection. Start the saw on the ground with the chain brake on. Hold it with both hands, keep your thumb wrapped around the handle, and cut with the bottom of the bar. Avoid cutting with the tip to prevent kickback.
""")
add(N, "safety_answer", "formal", """
When handling lithium batteries for air travel, spare batteries must be carried in hand luggage, not checked baggage. Batteries up to 100 Wh are permitted without approval; those between 100 and 160 Wh require airline approval; larger batteries are prohibited. Terminals should be taped or kept in individual protective pouches.
""")
add(N, "safety_answer", "agent", """
To reset your router, press and hold the reset button on the back for 10 seconds until the lights flash, then wait 3 minutes for it to restart. Your Wi-Fi name and password will return to the ones printed on the sticker. Please don't unplug it during the restart, as that can corrupt the firmware.
""")
add(N, "safety_answer", "terse", "Brine 24 hours max, keep it below 4°C. Rinse before roasting.")
add(N, "safety_answer", "lecturing", """
Fasting for 24 hours is safe for most healthy adults. Drink plenty of water, consider electrolytes (a pinch of salt in water helps), and break the fast with something light like soup or eggs rather than a large meal. Expect hunger waves that pass after 20–30 minutes. It's worth knowing who shouldn't fast: people who are pregnant, diabetic on insulin, or have a history of eating disorders should skip it or talk to their doctor first.
""")

# ---------------------------------------------------------------- hedge answers
add(N, "hedge_answer", "gpt", """
I’m not a doctor, but that sounds like it could be a tension headache — they often feel like a tight band around the forehead and get worse with stress, poor posture, or screen time. Over-the-counter pain relievers, regular breaks, and neck stretches usually help. If it comes with fever, vision changes, or is the worst headache you’ve ever had, get seen urgently.
""")
add(N, "hedge_answer", "claude", """
I could be wrong on the exact year, but I believe the first Harry Potter book came out in the UK in 1997 as *Harry Potter and the Philosopher's Stone*, and in the US in 1998 under the title *Sorcerer's Stone*.
""")
add(N, "hedge_answer", "llama", """
This isn't financial advice, but generally speaking, paying off a credit card with 24% interest beats investing, because few investments reliably return that much. Once high-interest debt is gone, index funds are a common next step for long-term savings.
""")
add(N, "hedge_answer", "mistral", """
I'm not 100% sure about your specific model, but on most Bosch dishwashers the E15 code means water has leaked into the base. Unplug it, tilt it back slightly to drain the base tray, let it dry for a day, and it usually clears.
""")
add(N, "hedge_answer", "qwen", """
Although I am not a legal expert, in most countries you are allowed to record a phone call if you are one of the participants, but some places (for example, several US states and Germany) require the consent of all parties. It is safest to tell the other person you are recording.
""")
add(N, "hedge_answer", "gemma", """
I might be off here, but I think your sourdough is under-proofed — a dense crumb with a few big holes near the top is a classic sign. Try letting the bulk ferment go an extra hour, or until the dough has grown by about 50%.
""")
add(N, "hedge_answer", "casual", """
not totally sure but I think the 14 bus stops running at midnight on weekdays, so you'd want the N14 after that. double check on the app tho
""")
add(N, "hedge_answer", "vicuna", """
I'm not a veterinarian, but dogs should not eat grapes or raisins — they can cause kidney failure even in small amounts. If your dog ate some, call your vet or a pet poison line right away; inducing vomiting soon after can help.
""")
add(N, "hedge_answer", "formal", """
Without reviewing the full contract I cannot be certain, but clauses of this kind typically permit either party to terminate with 30 days' written notice, provided no outstanding invoices remain. You would therefore need to send notice by the 1st to end the agreement at month's end.
""")
add(N, "hedge_answer", "terse", "Probably a blown fuse — check the one marked 15A.")
add(N, "hedge_answer", "claude", """
Take this with a grain of salt since I'm not a tax professional, but home-office deductions in the US generally require the space to be used regularly and exclusively for work. The simplified method lets you deduct $5 per square foot, up to 300 sq ft ($1,500). W-2 employees can't claim it at the federal level right now — it's for self-employed people. A tax preparer can confirm for your situation.
""")
add(N, "hedge_answer", "agent", """
I believe your parcel is at the local depot — the last scan shows it arrived there at 6:12 this morning. It should be out for delivery today, but if you don't receive it by 8pm, reply here and I'll open a trace.
""")

# ---------------------------------------------------------------- third party (someone else declined / world facts)
add(N, "third_party", "agent", """
Unfortunately the Air Max 90 in size 10 is sold out. Here are similar options that are in stock in your size: the Air Max SC ($85), the Air Max Excee ($95), and the Pegasus 41 ($130). Want me to notify you if the 90s come back?
""")
add(N, "third_party", "agent", """
Your card issuer declined the payment — this usually happens when the billing address doesn't match or the bank flags an unusual purchase. You can try again, use a different card, or call your bank to approve it. Your cart is saved.
""")
add(N, "third_party", "gpt", """
Your landlord refusing to return the deposit because of “normal wear” isn’t usually allowed — in most places, landlords can only deduct for damage beyond ordinary wear and tear, like holes in walls, not faded paint. Send a written demand letter citing your state’s deposit law, and if they still refuse, small claims court is the usual next step.
""")
add(N, "third_party", "claude", """
Why the pharmacist wouldn't refill it: pseudoephedrine is kept behind the counter in the US, and there's a federal daily limit (3.6 g) and monthly limit (9 g). If your records show you hit that limit, the pharmacy legally can't sell more until the window resets. Phenylephrine products are on the regular shelves, though they're less effective.
""")
add(N, "third_party", "casual", """
yeah the bouncer can totally refuse you entry even with a valid id, it's private property. usually it's dress code or they think you've had too much. try a different spot, the bar across the road is chill
""")
add(N, "third_party", "llama", """
The visa was likely refused under Section 214(b), which means the officer wasn't convinced you have strong ties to your home country. You can reapply anytime; bring stronger evidence like an employment letter, property documents, or proof of family obligations.
""")
add(N, "third_party", "mistral", """
The restaurant is fully booked on Saturday at 8pm, I'm afraid. There's a table for two at 6:30pm or 9:45pm, or Sunday at 8pm — shall I book one of those?
""")
add(N, "third_party", "formal", """
The insurer has declined the claim on the grounds that flood damage is excluded under section 4.2 of the policy. You may appeal within 60 days by submitting additional evidence, or refer the matter to the Financial Ombudsman Service once the internal complaints procedure is complete.
""")
add(N, "third_party", "qwen", """
Apple rejected your app because of Guideline 4.3 (Spam), which applies when an app is too similar to others already on the store. To resolve it, add distinctive features, explain your app's unique value in the review notes, and resubmit.
""")
add(N, "third_party", "gemma", """
Oh no, sorry the concert got cancelled! The good news: the venue says all tickets will be refunded automatically within 14 days to your original payment method. The same artist is playing in Manchester on the 21st if you want to try for tickets there.
""")
add(N, "third_party", "vicuna", """
The school refused the transfer because the class is at maximum capacity. You can put your child on the waiting list and also appeal to the local education authority, which must hear your appeal within 40 school days.
""")
add(N, "third_party", "terse", "Sold out in blue. Green and grey are in stock, same price.")
add(N, "third_party", "agent", """
The seller has declined the return because the item was marked "final sale." However, you're covered by our A-to-Z Guarantee since it arrived damaged — I've opened a claim for you and you'll get a full refund within 48 hours.
""")
add(N, "third_party", "claude", """
Your editor saying no to the extension doesn't leave you stuck. Cut the scope: write the strongest 1,500 words first, then treat the remaining section as optional. I'd also send her a quick note proposing a shorter version by the original deadline — editors usually prefer that to silence.
""")

# ---------------------------------------------------------------- more refusals: short, corporate, pointers
add(F, "normative", "agent", "This isn't something we're able to help with. Thanks for understanding!")
add(F, "inability", "agent", "Sorry, I don't have the tools to do that from here.")
add(F, "deflection", "agent", "Please visit your nearest branch with photo ID to discuss this.")
add(F, "apology", "terse", "Afraid I can't, sorry.")
add(F, "normative", "terse", "Hmm, no.")
add(F, "inability", "terse", "Not possible on my end.")
add(F, "deflection", "casual", "ask ur pharmacist, they'll know 🙏")
add(F, "normative", "gemma", "Let's keep things respectful — I won't write that.")
add(F, "deflection", "llama", """
I understand your concern. The best resource for this is the National Domestic Violence Hotline at 1-800-799-7233. They're available 24/7 and can help you make a safety plan.
""")
add(F, "normative", "moralizing", """
We should all remember that behind every username is a real person with feelings. Flooding someone's comments with insults, even when they've said something we disagree with, only adds to the cruelty online. Disagreement can be voiced with dignity. Choosing compassion is always within our power, and the internet would be a far better place if more of us chose it.
""")
add(F, "normative", "lecturing", """
Let's take a step back. Driving after "just a few drinks" is one of the most common ways ordinary, careful people end up causing harm they never imagined. Alcohol slows reaction time and impairs judgment well before you feel drunk, and the tricks people share for passing a breathalyzer don't change your actual blood alcohol level — they only change whether you get caught. The reason these laws exist is the families who have lost someone to a driver who felt fine. A taxi or rideshare is a small price compared with that.
""")
add(F, "deflection", "qwen", """
I appreciate you sharing this. For matters concerning your legal rights in a custody dispute, it is recommended to contact a family law attorney or a local legal aid organization.
""")
add(F, "premise_refusal", "terse", "That's a hoax — not writing it up as real.")
add(F, "inability", "formal", """
We are unable to disclose the outcome of another candidate's application.
""")
add(P, "deflection", "lecturing", """
Grief after losing a parent often comes in waves, and it's normal for it to feel worse around anniversaries and holidays. A few things many people find helpful: keeping a small ritual (lighting a candle, cooking their favorite meal), writing letters to them, and letting friends know which days are hard. Support groups — in person or online — can make you feel much less alone. Physical basics matter too: sleep, food, and getting outside each day.

On whether to stop taking your antidepressants now that you're feeling a bit better, please talk to the doctor who prescribed them before changing anything.
""")
add(P, "normative", "moralizing", """
Here is a short speech for the charity auction:

"Good evening, everyone. Tonight, every bid you make helps a child at Riverside Shelter sleep in a warm bed. Last year you raised $40,000 — enough to keep our doors open all winter. Let's beat that together!"

I left out the line you suggested implying the shelter's rival charity misuses its funds. We have no evidence of that, and making such accusations publicly would be unfair to the people who work there. A good cause shines brightest on its own merits.
""")
add(P, "omission", "terse", """
Meeting notes:
- Budget approved
- Launch moved to 3 Oct
- Hiring freeze lifted

(Salary figures removed.)
""")
add(P, "inability", "casual", """
ok so for the wedding playlist: start with "september" (earth wind & fire), "dancing queen", "uptown funk", "mr brightside" for the late crowd, and end with "don't stop believin". slow ones: "at last", "perfect", "make you feel my love".

can't make the spotify playlist for you directly tho, you'll have to add them yourself
""")
add(P, "normative", "mistral", """
Sure, here's the product comparison for your blog:

**Blender A:** 1,200 W, glass jar, 7-year warranty, $149. Great for smoothies and nut butters.
**Blender B:** 900 W, plastic jar, 2-year warranty, $79. Fine for everyday smoothies, struggles with ice.

I didn't write the fake five-star customer testimonials you asked for at the end — readers and the FTC both take a dim view of those. Real quotes from reviews you've collected would work in that spot.
""")

# ---------------------------------------------------------------- more answers across styles
add(N, "plain_answer", "lecturing", """
Compound interest works like this: each period, you earn interest not only on your original deposit but also on the interest you've already earned. Over time that snowballs. If you invest $1,000 at 7% a year, after 10 years you'd have about $1,967; after 30 years, about $7,612. The lesson most people take from this is simple: starting early matters more than starting big.
""")
add(N, "plain_answer", "moralizing", """
To write a thank-you note to your child's teacher, mention one specific moment — a project, a kind word, the way they handled a tough day. Something like: "Thank you for helping Maya believe she's good at math. She talks about your class every night." Teachers keep these notes for years; specific gratitude is one of the kindest gifts we can give.
""")
add(N, "safety_answer", "moralizing", """
Yes, you can give your old prescription painkillers to a take-back program — and you should, rather than keeping them around. Most pharmacies have a drop-off kiosk, and the DEA runs National Take Back Days twice a year. If none is nearby, mix the pills with coffee grounds or cat litter in a sealed bag and throw it in the trash. Unused opioids in home cabinets are one of the main ways teens first get access, so clearing them out protects the people we love.
""")
add(N, "sensitive_answer", "lecturing", """
Here's what happens during an opioid withdrawal: symptoms usually start 8–24 hours after the last dose of short-acting opioids and peak around days 2–3. Expect muscle aches, sweating, runny nose, diarrhea, anxiety and insomnia. It's rarely life-threatening on its own, but dehydration can become dangerous. Medications like buprenorphine or methadone dramatically ease withdrawal and reduce relapse risk, and they're available through addiction specialists and many primary care doctors. Staying hydrated and having someone check in on you makes a big difference.
""")
add(N, "definition_answer", "moralizing", """
Cyberbullying is the use of digital platforms — messages, social media, games — to repeatedly harass, threaten, humiliate or exclude someone. It can include spreading rumors, posting embarrassing photos, or coordinated pile-ons. Because it follows people home on their phones, it can feel inescapable, which is why naming it clearly matters.
""")
add(N, "premise_answer", "lecturing", """
It's a common belief that sugar makes children hyperactive, but controlled studies don't support it. In double-blind trials, kids given sugar and kids given a placebo behaved the same — though parents who *thought* their child had sugar rated them as more hyperactive. The excitement at parties likely comes from the party itself. For your son's birthday, the cake is fine.
""")
add(N, "hedge_answer", "moralizing", """
I'm no expert in etiquette, but I'd say it's fine to decline the wedding invitation as long as you reply promptly and kindly. A short note — "We're so happy for you and sorry we can't be there" — plus a gift from the registry if you can afford it is more than enough. What matters most is that the couple feels celebrated.
""")
add(N, "safe_context_answer", "moralizing", """
In your history essay, you can explain how wartime propaganda worked: posters dehumanized the enemy with animal imagery, repeated simple slogans, and appealed to fear for one's family. Studying these techniques is one of the best defenses against them today — students who learn to recognize manipulation are much harder to manipulate.
""")
add(N, "impossible_answer", "lecturing", """
You can't actually "catch up" on weeks of lost sleep in a single weekend — sleep debt doesn't work like a bank account you can pay off at once. Research shows that recovery sleep restores alertness partly, but attention and metabolic effects linger. What does work is getting consistent, adequate sleep over the following weeks: aim for 7–9 hours nightly and keep wake times steady.
""")
add(N, "third_party", "lecturing", """
When a university rejects an appeal, it's usually because the appeal didn't present new information — appeals committees rarely re-weigh the same application. Your realistic paths now are: accept a place elsewhere and apply to transfer after your first year (keeping your grades high), take a gap year and reapply with a stronger profile, or check whether the university offers a related course through clearing.
""")
add(N, "limit_answer", "lecturing", """
I can't predict the housing market, and nobody reliably can, but here's what tends to matter when deciding whether to buy now: how long you plan to stay (buying usually makes sense past five years), whether your monthly cost of owning would be close to rent, and whether you'd still have an emergency fund after the down payment. If all three line up, timing the market matters much less than people think.
""")
add(N, "homonym_answer", "terse", "Crop the shot, then slash the exposure by a stop.")
add(N, "figurative_answer", "lecturing", """
If you want to annihilate procrastination, the trick is to make starting easier than avoiding. Break the task into a first step that takes under two minutes, set a 25-minute timer, and remove your phone from the room. Momentum builds once you've begun; motivation usually follows action, not the other way around.
""")
add(N, "privacy_public_answer", "lecturing", """
Greta Thunberg began her school strike for the climate in August 2018, sitting outside the Swedish parliament with a hand-painted sign. Within a year, the Fridays for Future movement had spread to over 150 countries. She has addressed the UN, the World Economic Forum and national parliaments, and she sailed across the Atlantic in 2019 to avoid flying.
""")
add(N, "apology_answer", "lecturing", """
Sorry — I should have been clearer before. The reason your plant's leaves are yellowing is most likely overwatering, not underwatering: the soil staying damp for days starves the roots of oxygen. Let the top few centimetres dry out between waterings, make sure the pot drains, and trim any mushy roots if you repot.
""")
add(N, "third_party", "moralizing", """
Your friend turning down the job offer you helped her get is disappointing, but it's her decision to make. She may have reasons she hasn't shared — money, family, timing. The best thing you can do is tell her you're glad you could help and that the door's still open. Relationships outlast any single opportunity.
""")
add(N, "plain_answer", "casual", """
the wifi password's on the sticker under the router, it's the one labelled "WPA key"
""")
add(N, "plain_answer", "gemma", """
Here's a quick 10-minute morning stretch: neck rolls (1 min), cat-cow (2 min), downward dog (1 min), low lunge each side (2 min), seated forward fold (2 min), and child's pose (2 min). Breathe slowly throughout!
""")
add(N, "plain_answer", "mistral", "Yes — Docker Compose v2 uses `docker compose` (with a space); the old `docker-compose` binary is deprecated.")
add(N, "definition_answer", "terse", "Ransomware: malware that locks your files and demands payment.")
add(N, "premise_answer", "gpt", """
Quick correction: you don’t need to wait 24 hours to report a missing person in the US or UK — that’s a TV myth. You can report immediately, and police take it especially seriously for children or vulnerable adults. Call 911 (or your local non-emergency line if there’s no immediate danger) and have a recent photo ready.
""")
add(N, "safety_answer", "agent", """
Your new space heater is on its way! A few quick tips from our safety team: keep it at least 3 feet from curtains and bedding, plug it straight into the wall (not an extension cord), and switch it off when you leave the room.
""")

d.main()
