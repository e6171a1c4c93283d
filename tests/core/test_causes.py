"""Cause claims (``quizapp.core.analysis.causes``) on small inline texts with invented names.

The older cause tests live in ``test_analysis.py``; these cover the shapes added after
held-out checks 11 and 12 and the dev-5/dev-6 rounds."""

from __future__ import annotations

from quizapp.core.analysis import analyse
from quizapp.core.articles import load_text
from tests.support import story


def claims_of(*paragraphs: str) -> set[tuple[str, bool]]:
    """(label, negated) of every cause claim in the paragraphs."""
    _, analysis = story(*paragraphs)
    return {(c.cause, c.negated) for c in analysis.causes}


def test_a_subject_carrying_a_participle_phrase_is_its_head_noun() -> None:
    assert claims_of(
        "Growers near Alby believe a new fungicide sprayed on nearby barley fields in May "
        "harmed their hives."
    ) == {("new fungicide sprayed on nearby barley fields", False)}


def test_believe_and_saying_participles_open_a_reported_clause() -> None:
    assert claims_of("Anglers believe a chemical leak killed the fish.") == {
        ("chemical leak", False)
    }
    # "blamed the board, saying it was responsible": no cause named "... blamed the board"
    assert claims_of("Ms Roe blamed the board, saying it was responsible for the delays.") == set()


def test_commas_inside_a_blamed_phrase() -> None:
    assert claims_of("Its chair, Ned Olay, blamed the cold, wet spring for the poor crop.") == {
        ("cold, wet spring", False)
    }
    assert claims_of(
        "Officials blamed heavy rain, high winds and blocked gullies for the floods."
    ) == {
        ("heavy rain", False),
        ("high winds", False),
        ("blocked gullies", False),
    }


def test_made_possible_by_and_tripped() -> None:
    assert claims_of(
        "Its IT chief said the breach had been made possible by a stale password belonging to "
        "a supplier."
    ) == {("stale password belonging to a supplier", False)}
    assert claims_of("The surge tripped safety switches across the estate, the firm said.") == {
        ("surge", False)
    }
    assert claims_of("A walker tripped over a loose cable.") == set()


def test_left_fewer_is_a_result() -> None:
    assert claims_of("He said budget cuts had left fewer wardens on the reserve.") == {
        ("budget cuts", False)
    }


def test_negation_inside_the_verb_group() -> None:
    assert claims_of("Ms Ode said the smaller grant had not forced down pay.") == {
        ("smaller grant", True)
    }
    assert claims_of("He said the new rota hadn't reduced waiting times.") == {("new rota", True)}


def test_not_accepting_a_cause_and_not_the_problem_are_denials() -> None:
    assert claims_of("The board did not accept that its charges were to blame.") == {
        ("charges", True)
    }
    assert claims_of("She told the panel that funding was not the problem.") == {("funding", True)}


def test_results_in_tears_and_rip_and_a_greenhouse_is_no_climate() -> None:
    assert claims_of("The sight of the wrecked greenhouse had left her son in tears.") == {
        ("sight of the wrecked greenhouse", False)
    }
    assert claims_of("He said shutting the mill would rip the heart out of the town.") == {
        ("shutting the mill", False)
    }


def headline_claims(headline: str) -> set[tuple[str, bool]]:
    """(label, negated) of the cause claims an article's headline makes."""
    article = load_text(f"{headline}\n\nPublished: 1 May 2026\n\nThe road is shut.", "t")
    return {(c.cause, c.negated) for c in analyse(article).causes}


def test_present_tense_impact_verbs_in_headlines_and_before_an_object() -> None:
    assert headline_claims("Split pipe floods Orley market square") == {("split pipe", False)}
    assert headline_claims("Loose cladding shuts Brandon Tower") == {("loose cladding", False)}
    # a plural noun before a participle is no verb: "delays" is the subject here, and
    # the headline names one cause
    assert headline_claims("Handover delays blamed as waits grow") == {("handover delays", False)}
    assert claims_of("The stoppage costs the port £40,000 a day, its owners said.") == {
        ("stoppage", False)
    }
    assert claims_of("Budget cuts forced the closure of two libraries.") == {("budget cuts", False)}


def test_the_explanation_or_factor_is_x() -> None:
    assert claims_of(
        "The explanation most often offered, by growers and buyers alike, is blight."
    ) == {("blight", False)}
    assert claims_of("She said the drought was almost certainly the largest single factor.") == {
        ("drought", False)
    }
    assert claims_of("He argues that the biggest factor has been a pay freeze.") == {
        ("pay freeze", False)
    }
    assert claims_of("Its chief disputed that the heat was the main driver.") == {("heat", True)}


def test_do_damage_bring_an_outcome_and_add_an_amount() -> None:
    assert claims_of("He said cheaper rivals had done more damage.") == {("cheaper rivals", False)}
    assert claims_of("In past years, migrating geese have brought fresh outbreaks.") == {
        ("migrating geese", False)
    }
    assert claims_of("A mild February had brought the vines into leaf early, she said.") == {
        ("mild february", False)
    }
    assert claims_of(
        "She said dearer grain, driven by two poor harvests, had added 8p to 12p to a loaf."
    ) == {("dearer grain", False), ("poor harvests", False)}
    # an actor adding things, a price, "added" as saying: no cause
    assert claims_of("The firm added 200 jobs.") == set()
    assert claims_of("He added that the shop would close.") == set()
    assert claims_of("The new year brings changes.") == set()


def test_subjects_lose_participle_asides_and_ing_phrases() -> None:
    assert claims_of(
        "The board said a grazing ban covering all common land from 1 May, meant to protect "
        "nesting birds, would add to farmers' costs."
    ) == {("grazing ban", False)}


def test_a_consequence_clause_makes_the_clause_before_it_a_cause() -> None:
    assert claims_of("He said four routes have no driver, so clerks have been driving.") == {
        ("four routes have no driver", False)
    }
    assert claims_of("The lift has been broken since May, meaning tenants carry shopping up.") == {
        ("lift has been broken since may", False)
    }
    assert claims_of("The ward is short of nurses, which means beds stay empty.") == {
        ("ward is short of nurses", False)
    }
    assert claims_of("Sales were flat, so far as anyone can tell.") == set()


def test_a_headline_after_gives_a_reason_but_a_duration_does_not() -> None:
    assert headline_claims("Residents told to boil water after main break") == {
        ("main break", False)
    }
    assert headline_claims("Shop to close after 112 years") == set()


def test_blamed_x_on_a_place_for_doing_and_that_big() -> None:
    assert claims_of("She blamed a loose panel on the north side for letting rain in.") == {
        ("loose panel on the north side", False)
    }
    assert claims_of("Farmers have blamed the floods on blocked culverts for decades.") == {
        ("blocked culverts", False)
    }
    assert claims_of("A surge that big can trip every breaker on the street, he said.") == {
        ("surge that big", False)
    }


def test_longer_subjects_and_a_time_modifier_closing_one() -> None:
    assert claims_of(
        "It said the closure of the walk-in centre in Orbury in the spring could have pushed "
        "more people towards A&E."
    ) == {("closure of the walk-in centre", False)}
    assert claims_of(
        "She said the low fees the county pays for home visits meant carers were leaving."
    ) == {("low fees the county pays", False)}


def test_a_possibility_taken_back_by_the_next_sentence_is_no_claim() -> None:
    assert (
        claims_of(
            "A seized axle may have caused the derailment. But he said nothing could be ruled "
            "in or out until the inspectors had reported."
        )
        == set()
    )
    assert claims_of("A seized axle may have caused the derailment. But it was a minor line.") == {
        ("seized axle", False)
    }


def test_shown_in_studies_to_is_a_raising_predicate() -> None:
    assert claims_of("Poor sleep has been shown in several trials to lead to weight gain.") == {
        ("poor sleep", False)
    }


def test_a_change_had_nothing_to_do_with_its_alleged_cause() -> None:
    assert claims_of("The board insisted the rise had nothing to do with its £2m deficit.") == {
        ("£2m deficit", True)
    }


def test_attack_by_one_person_keeps_its_words_and_when_x_burst_beneath() -> None:
    assert claims_of("Two guards were hurt after an attack by an inmate in a crowded wing.") == {
        ("attack by an inmate", False)
    }
    assert claims_of("Shops were flooded on Tuesday when a water main burst beneath the road.") == {
        ("water main burst beneath the road", False)
    }


def test_unlikely_to_be_the_main_cause_denies() -> None:
    assert claims_of("Dr Ivo Marr said the frost was unlikely to be the main cause.") == {
        ("frost", True)
    }
    assert claims_of("Dr Ivo Marr said the frost was likely to be the main cause.") == {
        ("frost", False)
    }


def test_raising_predicates_before_any_causal_verb() -> None:
    assert claims_of("The new rules are going to make it harder to find a home.") == {
        ("new rules", False)
    }
    assert claims_of("Higher fees are likely to drive students away.") == {("higher fees", False)}
    assert claims_of("The council is set to close the library.") == set()


def test_a_harm_from_its_source_and_the_problem_lies_with() -> None:
    assert claims_of("Crews treated six people for eye irritation from the smoke.") == {
        ("smoke", False)
    }
    assert claims_of("Walruses fell to their deaths from a narrow ledge.") == set()
    assert claims_of("Teachers say the problem lies with the funding formula.") == {
        ("funding formula", False)
    }


def test_split_by_anything_to_do_with_and_failure_to() -> None:
    assert claims_of("The firm said the pipe had been split by last week's frost.") == {
        ("last week's frost", False)
    }
    assert claims_of("The mayor denied that the cut had anything to do with the deficit.") == {
        ("deficit", True)
    }
    assert claims_of("She blamed the firm's failure to replace the pipe for the flood.") == {
        ("failure to replace the pipe", False)
    }


def test_subject_asides_and_a_longer_time_modifier() -> None:
    assert claims_of(
        "She says another winter like this one, without new income, could force the club to close."
    ) == {("another winter like this one", False)}
    assert claims_of(
        "The loss of five surgeries in Orley in the past 12 months has left 9,000 people without "
        "a doctor."
    ) == {("loss of five surgeries", False)}


def test_a_second_verb_sharing_its_subject_and_headline_plurals() -> None:
    assert claims_of(
        "She said a warm front arrived early and pushed temperatures 11 degrees above normal."
    ) == {("warm front", False)}
    assert claims_of("The council met on Monday and closed the library.") == set()
    assert headline_claims("Mould toxin fears prompt recall of dog food") == {
        ("mould toxin fears", False)
    }
    assert headline_claims("Rising costs force closure of village shop") == {
        ("rising costs", False)
    }
    assert headline_claims("Heat fells dozens of runners") == {("heat", False)}
    assert headline_claims("Burst main leaves museum stores under water") == {("burst main", False)}
    assert headline_claims("Councillors approve new housing plan") == set()


def test_dev7_verbs_explain_help_take_a_toll_and_states() -> None:
    assert claims_of("The judge rejected the suggestion that drink explained the attack.") == {
        ("drink", True)
    }
    assert claims_of("Ms Ode explained that the shop would close.") == set()
    assert claims_of("She said a long dry spell had helped the flames take hold.") == {
        ("long dry spell", False)
    }
    assert claims_of("She said three games in eight days had taken their toll.") == {
        ("games in eight days", False)
    }
    assert claims_of("The ban had left him bitter, she said.") == {("ban", False)}
    assert claims_of("Officers said the county's slow permitting had choked off building.") == {
        ("slow permitting", False)
    }


def test_dev7_cues_died_from_credited_drawn_by_and_stressed_by() -> None:
    assert claims_of("The council said the fish died from a lack of oxygen.") == {
        ("lack of oxygen", False)
    }
    assert claims_of("Ms Yode credited a mentoring scheme launched last year.") == {
        ("mentoring scheme", False)
    }
    assert claims_of("Fish stressed by warm, low-oxygen water are more vulnerable.") == {
        ("warm, low-oxygen water", False)
    }


def test_dev7_denials_and_why() -> None:
    assert claims_of('"It does not tell us that deafness causes falls," he said.') == {
        ("deafness", True)
    }
    assert claims_of('"Injuries aren\'t why they are losing," she said.') == {("injuries", True)}
    assert claims_of('"Low water doesn\'t kill 6,000 fish in one spot," he said.') == {
        ("low water", True)
    }
    assert headline_claims("Injury crisis to blame for losing run, says coach") == {
        ("injury crisis", False)
    }
    assert headline_claims("Untreated hearing loss raises risk of falls") == {
        ("untreated hearing loss", False)
    }


def test_dev7_subjects_whose_names_joined_and_when_asides() -> None:
    assert claims_of(
        "A man whose arson attack on a cricket pavilion destroyed the club's records was jailed."
    ) == {("arson attack on a cricket pavilion", False)}
    assert claims_of(
        "He denied that the sale of midfielders Jo Arne and Holly Brand had left the squad too "
        "thin to cope."
    ) == {("sale of midfielders jo arne", True)}
    assert claims_of(
        "She said the decision to pause training in 2020, when ridership collapsed, had made "
        "the gap worse."
    ) == {("decision to pause training", False)}
    assert claims_of(
        "She said three games in eight days at the start of the month had taken their toll."
    ) == {("games in eight days", False)}


def test_dev7_phrases_end_before_their_own_cause_and_clauses_before_but_that() -> None:
    assert claims_of("They said the fish died from a lack of oxygen brought on by drought.") == {
        ("lack of oxygen", False),
        ("drought", False),
    }
    assert claims_of(
        "She said the mentors had helped but that large classes were driving pupils away."
    ) == {("mentors", False), ("large classes", False)}


def test_dev7_headline_as_clauses_and_listed_blame() -> None:
    assert headline_claims("Shares slump as mild autumn leaves coats on the rails") == {
        ("mild autumn", False)
    }
    assert headline_claims("Commuters face delays as signal faults hit rail line") == {
        ("signal faults", False)
    }
    assert headline_claims("Measles cases rise as vaccination rates slip") == {
        ("vaccination rates slip", False)
    }
    assert headline_claims("Injury crisis and penalty call to blame for losing run") == {
        ("injury crisis", False),
        ("penalty call", False),
    }


def test_cleft_denial_and_its_correction() -> None:
    assert claims_of(
        "\"It wasn't the weather that flooded the ward, it was a roof that has been patched for "
        'years," she said.'
    ) == {("weather", True), ("roof that has been patched", False)}
    assert claims_of("It was the drought, it was the heat, he said.") == set()


def test_bearing_on_citing_and_following_after_a_harm() -> None:
    assert claims_of("Ms Pry denied that the new hall had any bearing on the decision.") == {
        ("new hall", True)
    }
    assert claims_of("The agency will cut six routes, citing a driver shortage.") == {
        ("driver shortage", False)
    }
    assert claims_of("Most of those treated had developed red, itchy skin following a swim.") == {
        ("swim", False)
    }


def test_a_relative_that_or_which_stands_for_its_noun_phrase() -> None:
    assert claims_of("The spill was a caustic cleaner that can cause burns to the skin.") == {
        ("caustic cleaner", False)
    }
    assert claims_of("Vets confirmed herpes, or EEHV, which can kill a calf in two days.") == {
        ("eehv", False)
    }
    # not "funding": the whole clause is what "which" stands for
    assert claims_of("The council cut funding, which meant the library closed.") == {
        ("council cut funding", False)
    }
    assert claims_of("We had a mild winter, and that would have helped.") == set()


def test_after_check_16_because_it_pseudo_clefts_asides_in_blame_and_sped() -> None:
    assert claims_of("The charity will close because it can no longer recruit nurses.") == {
        ("it can no longer recruit nurses", False)
    }
    assert claims_of('"Those new homes are not what emptied this lake," she said.') == {
        ("new homes", True)
    }
    assert claims_of(
        "He blamed the decision to switch off the lights, brought in last year to save money, "
        "for turning the hut into a target."
    ) == {("decision to switch off the lights", False)}
    assert claims_of("She said weeks of heat had also sped up evaporation.") == {("heat", False)}
    assert claims_of("The group says that many had already cut their flocks.") == set()


def test_a_frame_interrupted_by_an_aside_is_read_across_it() -> None:
    from quizapp.core.analysis.causes.asides import aside_cuts
    from quizapp.core.analysis.text import Span

    sentence = "The closure will leave Alder County, home to about 24,000 people, without a paper."
    cuts = aside_cuts(sentence, Span(0, len(sentence)))
    assert [sentence[a:b] for a, b in cuts] == [", home to about 24,000 people,"]
    # a comma pair before "and" is a list, and a clause with its own verb is no aside
    listed = "Rain, wind, and frost closed the road, officials said."
    assert aside_cuts(listed, Span(0, len(listed))) == []
    clause = "The river rose, the bridge was shut, then the road flooded."
    assert aside_cuts(clause, Span(0, len(clause))) == []

    _, analysis = story(sentence)
    (claim,) = analysis.causes
    assert (claim.cause, claim.negated) == ("closure", False)
    assert claim.text.startswith("The closure will leave Alder County, home to")  # real span
    assert claims_of("She pointed to Fernlea, a new estate on the west side, as the culprit.") == {
        ("fernlea", False)
    }
    # a dash or bracket aside no longer ends up in the label
    assert claims_of("The leak (found in May) caused the closure.") == {("leak", False)}
    assert claims_of("The ruling – made in March – has forced two families out.") == {
        ("ruling", False)
    }


def test_after_an_event_clause_with_no_object_names_the_whole_event() -> None:
    assert claims_of(
        "The scouts were left without tents after thieves broke into their hut on Elm Lane "
        "in the early hours of Monday."
    ) == {("thieves broke into their hut", False)}
    assert claims_of("The shop closed after sales slowed sharply in the spring.") == {
        ("sales slowed sharply", False)
    }
    # with an object, the clause's subject is the cause
    assert claims_of("Trains were cancelled after heavy rain washed away an embankment.") == {
        ("heavy rain", False)
    }


def test_a_clause_of_being_there_or_a_pronoun_having_names_its_object() -> None:
    assert claims_of("We had a mild autumn, so conditions were perfect for the pests.") == {
        ("mild autumn", False)
    }
    assert claims_of("Operations were postponed because there were no beds free.") == {
        ("no beds free", False)
    }
    # an action is no having, and a named subject keeps the whole clause
    assert claims_of("We have cut fees, so more groups can hire the hall.") == {
        ("we have cut fees", False)
    }
    assert claims_of("Dentists stay away because the county had no dental school.") == {
        ("county had no dental school", False)
    }


def test_which_after_a_clause_stands_for_the_noun_phrase_that_ends_it() -> None:
    assert claims_of("Thrips could carry leaf curl virus, which can wipe out whole crops.") == {
        ("leaf curl virus", False)
    }
    assert claims_of("The main threat is avian malaria, which can kill a penguin in days.") == {
        ("avian malaria", False)
    }
    # "..., which meant ..." after a clause is the clause's consequence
    assert claims_of("The ward is short of nurses, which means operations wait.") == {
        ("ward is short of nurses", False)
    }


def test_a_causal_predicate_coordinated_after_another_keeps_its_subject() -> None:
    assert claims_of(
        "The fill was tested before building began and played no part in the damage."
    ) == {("fill", True)}
    assert claims_of(
        "Dental cases made up fewer than 1% of visits and were not the reason for the waits."
    ) == {("dental cases", True)}  # "made up" is no "made" of a result
    assert claims_of("The stand was funded by grants and was not the reason it closed.") == {
        ("stand", True)
    }


def test_pseudo_clefts_sources_and_listed_reasons() -> None:
    assert claims_of("What caused this, more than anything, was a cut in the fee we get.") == {
        ("cut in the fee", False)
    }
    assert claims_of("What killed the fish was not the heat.") == {("heat", True)}
    assert claims_of("A stew served at lunch was the most likely source of the outbreak.") == {
        ("stew served", False)
    }
    assert claims_of("The reservoir is the town's only source of water.") == set()
    assert claims_of("Landlords cited new fees and tighter rules as reasons for selling.") == {
        ("new fees", False),
        ("tighter rules", False),
    }


def test_a_denied_alternative_before_to_blame_and_results_of_keep_add_and_leave() -> None:
    assert claims_of("The wet spring, not farming practices, was to blame.") == {
        ("wet spring", False),
        ("farming practices", True),
    }
    assert claims_of("The closure had added more than an hour to her day.") == {("closure", False)}
    assert claims_of("The mild weather had kept the mosquitoes active for longer.") == {
        ("mild weather", False)
    }
    assert claims_of("A walkout by drivers left roughly 9,000 pupils without a ride.") == {
        ("walkout by drivers", False)
    }
    assert claims_of("The district's last offer is why we are out here.") == {("last offer", False)}


def test_labels_keep_the_texts_words_for_rain_attacks_and_time() -> None:
    assert claims_of("Heavier rainfall was making the damage worse.") == {
        ("heavier rainfall", False)
    }
    assert claims_of("Torrential rain caused flooding.") == {("heavy rain", False)}
    assert claims_of("A ransomware attack forced the hospital to divert ambulances.") == {
        ("ransomware attack", False)
    }
    assert claims_of("The seal deaths were caused by a polar bear attack.") == {
        ("polar bears", False)
    }
    assert claims_of("The firm had been squeezed by higher energy costs ever since.") == {
        ("higher energy costs", False)
    }
    assert ("very wet autumn", False) in claims_of("It's the fault of a very wet autumn.")


def test_quotation_marks_inside_a_frame_are_read_through() -> None:
    assert claims_of('Rangers said visitors had "put the fells under pressure" this year.') == {
        ("visitors", False)
    }
    assert claims_of('The firm found "no evidence" that a breach of its systems led to it.') == {
        ("breach of its systems", True)
    }
    assert claims_of('The ditch was cleared in May and "played no part" in the failure.') == {
        ("ditch", True)
    }


def test_inverted_behind_elliptical_answers_findings_and_conditionals() -> None:
    assert claims_of("Behind the rise is a sharp increase in the number of riders.") == {
        ("sharp increase in the number of riders", False)
    }
    assert claims_of("The man behind the scheme is a former banker.") == set()
    assert claims_of("The new homes are not what emptied the lake. The weather did.") == {
        ("new homes", True),
        ("weather", False),
    }
    assert claims_of("The bridge shut after an inspection found corrosion in the beams.") == {
        ("corrosion", False)
    }
    assert claims_of("If the spillway fails, we'd have water downtown within the hour.") == {
        ("spillway fails", False)
    }
    assert claims_of("More lists could be called off if the hot weather lasts.") == {
        ("hot weather lasts", False)
    }
    # questions, concessions, counterfactuals and threatened actions are no conditionals
    for sentence in (
        "Investigators are checking if the valve caused the leak.",
        "Even if the rain stops, the river will rise.",
        "If every hen had stayed healthy, eggs would still cost more.",
        "The union would ballot members if the company refused to talk.",
    ):
        assert claims_of(sentence) == set(), sentence


def test_separable_phrasal_verbs_and_new_impact_verbs() -> None:
    assert claims_of("Mandatory overtime is burning people out.") == {("mandatory overtime", False)}
    assert claims_of("Cold weather had brought the flu season forward by weeks.") == {
        ("cold weather", False)
    }
    assert claims_of("The slip has put paid to the operator's plans.") == {("slip", False)}
    assert claims_of("Road salt sits behind much of that damage.") == {("road salt", False)}
    # a noun before the particle's verb, or a clause between, is no phrasal verb
    assert claims_of("The force said it had stepped up patrols at the station.") == set()
    assert claims_of("The cat lay behind the sofa.") == set()


def test_asides_are_no_subjects_and_more_after_outcomes() -> None:
    assert claims_of("The slip, roughly 80 metres long, has put paid to the plans.") == {
        ("slip", False)
    }
    assert claims_of("Families were told to leave after subsidence left cracks in walls.") == {
        ("subsidence", False)
    }
    assert claims_of("He suffered a broken leg when the blast threw him from a catwalk.") == {
        ("blast", False)
    }


def test_thats_why_whats_killing_and_lead_to_do() -> None:
    assert claims_of("Nobody acted, and that's why we're here.") == {("nobody acted", False)}
    assert claims_of("Fentanyl is what's killing people in the jail.") == {("fentanyl", False)}
    assert claims_of("The rush had led crews to skip cleaning.") == {("rush", False)}
    assert claims_of("The coach led the team to victory.") == set()


def test_an_elliptical_answer_before_a_speech_tag_or_after_a_question() -> None:
    assert claims_of('"Budget choices did not cause this. Salt and age did," Ms Ray said.') == {
        ("budget choices", True),
        ("salt", False),
        ("age", False),
    }
    assert claims_of('What brought the cutting down? "The weather did," said Dr Price.') == {
        ("weather", False)
    }
    assert claims_of("Who did this? Nobody knows. The police did.") == set()


def test_hits_a_figure_is_reaching_it_and_headline_toll() -> None:
    headline = "Pothole backlog hits 14,000 as wet winter and staff shortages stretch repairs"
    assert headline_causes(headline) == {"wet winter and staff shortages"}
    assert headline_causes("Club collapses as unpaid tax bill takes toll") == {"unpaid tax bill"}
    assert headline_causes("Club collapses as falling crowds take toll") == {"falling crowds"}
    assert claims_of("The rise would hit low-paid workers hardest.") == {("rise", False)}


def headline_causes(headline: str) -> set[str]:
    """The cause labels read from an article with this headline and a plain body."""
    article = load_text(f"{headline}\n\nThe council said on Tuesday it was working on it.", "t")
    return {c.cause for c in analyse(article).causes}


def test_plural_present_linked_subjects_split_quotes_and_bare_denials() -> None:
    assert claims_of("High winds cause delays on the line.") == {("high winds", False)}
    assert claims_of("Budget cuts hit services.") == {("budget cuts", False)}
    assert claims_of("The plans cost money.") == set()
    assert claims_of("The 14 turbines produce enough power for 28,000 homes.") == set()
    assert claims_of("Prices rose as shoppers cut back on treats.") == {
        ("shoppers cut back on treats", False)
    }
    assert claims_of("Canopy cover has been linked to lower street temperatures.") == {
        ("canopy cover", False)
    }
    assert claims_of('"Rising costs," she said, "explain some of it."') == {("rising costs", False)}
    assert claims_of("He denies the road closures cost the centre any skiing.") == {
        ("road closures", True)
    }


def test_owed_to_knock_on_effects_and_change_complements() -> None:
    assert claims_of(
        "The failures owed nothing to bad luck and everything to years of underinvestment."
    ) == {("bad luck", True), ("underinvestment", False)}
    assert claims_of("Visitor numbers fell, a knock-on effect of the drop in tourism.") == {
        ("drop in tourism", False)
    }
    assert claims_of("Off the back of the announcement, two contractors cut jobs.") == {
        ("announcement", False)
    }


def test_list_subjects_and_quantifiers_between_auxiliary_and_verb() -> None:
    assert claims_of("Heavy rain and high winds have both pushed prices up.") == {
        ("heavy rain", False),
        ("high winds", False),
    }
    assert ("wet summer", False) in claims_of(
        "The loss of the bus service and a wet summer had all kept people away."
    )


def test_responsible_for_it_put_off_by_and_a_trailing_too() -> None:
    assert claims_of(
        "Delays at the shipyard are directly responsible for islanders being stuck."
    ) == {("delays", False)}
    assert claims_of("The chainsaws are partly responsible for it too.") == {("chainsaws", False)}
    assert claims_of("The council is responsible for maintaining the roads.") == set()
    assert claims_of("Many schools had been put off by coach hire costs.") == {
        ("coach hire costs", False)
    }
    assert claims_of("The damage was probably a result of the flooding too.") == {
        ("flooding", False)
    }


def test_a_sentence_opening_with_an_absolute_gives_reasons() -> None:
    assert claims_of(
        "With the sponsor gone and costs still climbing, the show could not go on."
    ) == {
        ("sponsor gone", False),
        ("costs still climbing", False),
    }
    assert claims_of("With no skiers in town, the inn has had 140 nights cancelled.") == {
        ("no skiers in town", False)
    }
    assert claims_of("With 40 years of experience, she knows the job.") == set()
    assert claims_of("Prices will rise if it lasts longer than 16 weeks.") == set()


def test_what_did_it_influence_and_headline_presents_before_over() -> None:
    assert claims_of('"The cuts," she said, "are what did it."') == {("cuts", False)}
    assert claims_of(
        "She rejected claims that falling visitor numbers had influenced the vote."
    ) == {("falling visitor numbers", True)}
    assert headline_causes("Theatre cancels pantomime over rising costs and lost sponsor") == {
        "rising costs",
        "lost sponsor",
    }


def test_a_headline_infinitive_is_a_future() -> None:
    assert headline_causes("Power station closure to cost 240 jobs") == {"power station closure"}
    assert headline_causes("Council to close library") == set()


def test_fronted_following_and_drains_kept_as_written() -> None:
    assert claims_of("Following the storm, thousands were left without power.") == {
        ("storm", False)
    }
    assert claims_of("After the match, fans went home.") == set()
    assert claims_of("Blocked drains contributed to the flooding.") == {("blocked drains", False)}
    assert claims_of("Despite the rain, the heatwave killed crops.") == {("heatwave", False)}


def test_participles_of_result_and_more_consequence_links() -> None:
    assert claims_of("The embankment collapsed, sending water across fields.") == {
        ("embankment collapsed", False)
    }
    assert ("ground was completely waterlogged", False) in claims_of(
        "The ground was completely waterlogged, and that put pressure on the bank."
    )
    assert (
        claims_of("Bakery chain Crumbs is to close 40 stores, putting 300 jobs at risk.") == set()
    )
    assert claims_of("Prices rose, thanks in part to a new station.") == {("new station", False)}
    assert claims_of("Online shopping is often blamed for the decline of high streets.") == {
        ("online shopping", False)
    }
    assert claims_of("Winds of up to 80 mph tore through the park.") == {("winds", False)}


def test_an_adverb_inside_a_phrasal_verb_and_stirred_up() -> None:
    assert claims_of("The loss of those teachers had led directly to the poor results.") == {
        ("loss of those teachers", False)
    }
    assert claims_of("Work on a water main had stirred up sediment in the pipes.") == {
        ("work on a water main", False)
    }
    assert claims_of("Sales fell sharply on Monday.") == set()


def test_a_question_about_a_cause_answered_by_a_noun_phrase() -> None:
    assert claims_of("What has emptied so many shop windows? Rising business rates.") == {
        ("rising business rates", False)
    }
    assert claims_of("What happened next? Nobody knows.") == set()
    assert claims_of("What drove the rise? Nobody knows.") == set()


def test_singular_pasts_object_relatives_and_that_of() -> None:
    assert claims_of("The derailment shut the Green Line for two days.") == {("derailment", False)}
    assert claims_of("The council shut the library.") == set()
    assert claims_of("We've never cut corners on that.") == set()
    assert ("fall in donations", False) in claims_of(
        "A fall in donations that he traced back to the pandemic had forced cuts."
    )
    assert ("pay below that of other schools", False) in claims_of(
        "Heavy workloads and pay below that of other schools were driving teachers away."
    )


def test_pointing_to_a_cause_without_as_the_reason() -> None:
    assert claims_of("Traders also point to the loss of the town's biggest draw.") == {
        ("loss of the town's biggest draw", False)
    }
    assert claims_of("She pointed to figures showing a rise in visitors.") == set()
    assert claims_of("The report pointed to the town hall.") == set()


def test_blamed_x_who_does_something_on_a_site() -> None:
    assert claims_of("He blamed rogue carriers who advertise clearances on social media.") == {
        ("rogue carriers", False)
    }


def test_links_compounds_headline_behind_and_more_inventory() -> None:
    assert claims_of(
        "Officials said there was no link between the new charges and the closures."
    ) == {("new charges", True)}
    assert claims_of("There is a link between the two events and the weather.") == set()
    assert claims_of("The charge-hit shops have seen footfall fall.") == {("charge", False)}
    assert claims_of("The data-driven approach worked.") == set()
    assert headline_causes("Viral videos behind record year for rescuers") == {"viral videos"}
    assert headline_causes("The man behind the bakery") == set()
    assert claims_of("The weather played its part too.") == {("weather", False)}
    assert claims_of("The parking was the final straw.") == {("parking", False)}
    assert claims_of("A chlorine leak left 14 swimmers in hospital.") == {("chlorine leak", False)}
    assert claims_of("A temperature inversion trapped smog over the valley.") == {
        ("temperature inversion", False)
    }


def test_then_came_x_it_acted_and_start_a_fire() -> None:
    assert claims_of("Then came the storm. It flooded 40 homes.") == {("storm", False)}
    assert claims_of("Then came the summer. It was lovely.") == set()
    assert claims_of("Its equipment did not start the fire.") == {("equipment", True)}
    assert claims_of("The council started a review.") == set()


def test_possessive_effects_tags_in_relatives_and_decimal_points() -> None:
    assert claims_of("The price rise's effect on footfall was clear.") == {("price rise", False)}
    assert claims_of("The council's impact on the town was huge.") == set()
    (claim,) = story("The drop had left it with a shortfall of about £1.1m.")[1].causes
    assert claim.text.endswith("£1.1m")
    assert ("steep rise in parking charges", False) in claims_of(
        "Traders blamed a steep rise in parking charges, which they say has cut footfall."
    )


def test_schedules_bare_function_words_and_names_with_point_are_no_causes() -> None:
    assert claims_of("The school is due to open in 2028.") == set()
    assert claims_of("The worst-hit streets were closed.") == set()
    assert claims_of("Traders at Ridley Point to avoid further delays.") == set()
    assert claims_of("She told me the parking was the final straw.") == {("parking", False)}


def test_adverb_before_a_bare_past_gerund_subjects_and_and_that_adds() -> None:
    assert claims_of("The evacuation also forced several businesses to close early.") == {
        ("evacuation", False)
    }
    assert claims_of("Losing the Starline will leave the town without a cinema.") == {
        ("losing the starline", False)
    }
    assert claims_of("Drivers have to brake earlier, and that adds minutes to a journey.") == {
        ("drivers have to brake earlier", False)
    }
    assert claims_of("Packaging maker Corbell raised prices.") == set()


def test_thats_why_linked_to_withered_and_a_quoted_predicate() -> None:
    assert claims_of("Nobody came. That is why our homes are full of mud.") == {
        ("nobody came", False)
    }
    assert claims_of("Police linked several incidents to a dispute between two gangs.") == {
        ("dispute between two gangs", False)
    }
    assert claims_of("The drought withered his crop.") == {("drought", False)}
    assert claims_of('She said the cuts were "not a factor in what happened here."') == {
        ("cuts", True)
    }


def test_a_word_starting_like_an_article_is_no_object_and_fewer_is_a_result() -> None:
    assert claims_of("Rising veterinary costs are also a factor.") == {
        ("rising veterinary costs", False)
    }
    assert claims_of("The budget cut had left the shelter with four fewer workers.") == {
        ("budget cut", False)
    }
    assert headline_causes("Subsidy cut ends village service") == {"subsidy cut"}


def test_lost_to_allowed_grounds_has_long_been_and_figure_asides() -> None:
    assert claims_of("They lost whole crops of cabbages to an explosion of slugs.") == {
        ("explosion of slugs", False)
    }
    assert claims_of("United lost the final to the champions.") == set()
    assert claims_of("Warm sea temperatures had allowed the algae to multiply.") == {
        ("warm sea temperatures", False)
    }
    assert headline_causes("Pilot shortage grounds last airline route") == {"pilot shortage"}
    assert claims_of("Low pay has long been the main reason teachers leave.") == {
        ("low pay", False)
    }
    assert claims_of(
        "An increase in training hours, to about 190, had put off many volunteers."
    ) == {("increase in training hours", False)}


def test_findings_in_that_clauses_spans_of_time_and_denials_before_to_blame() -> None:
    assert ("corrosion had eaten through the columns", False) in claims_of(
        "The pier shut after engineers found that corrosion had eaten through the columns."
    )
    assert claims_of("The unit will stop births after months of struggling to find staff.") == {
        ("struggling to find staff", False)
    }
    assert claims_of("The match was cancelled after two days of heavy rain.") == {
        ("heavy rain", False)
    }
    assert claims_of("She denied the verges were to blame.") == {("verges", True)}
    assert claims_of("They blamed the plant on Mill Road for the smell.") == {
        ("plant on mill road", False)
    }


def test_coordinated_adjectives_with_intensifiers_stay_one_cause_phrase() -> None:
    assert ("very wet autumn", False) in claims_of(
        "It's the fault of a very warm, very wet autumn."
    )
    assert claims_of("It was caused by a hotter, drier climate.") == {
        ("hotter, drier climate", False)
    }


def test_let_sent_over_totaled_lasting_effects_and_there_are_often() -> None:
    assert claims_of("Gaps in the vaccine barrier had let rabies spread west.") == {
        ("gaps in the vaccine barrier", False)
    }
    assert claims_of("The council let the hall to a church group.") == set()
    assert claims_of("A storm surge sent seawater over the sea wall.") == {("storm surge", False)}
    assert claims_of("My car was totaled by a doe.") == {("doe", False)}
    assert claims_of("The shortage will have lasting effects.") == {("shortage", False)}
    assert claims_of("The bigger factor this year was the new subdivision.") == {
        ("new subdivision", False)
    }
    assert claims_of("Churches are exposed because there are often no neighbours nearby.") == {
        ("no neighbours nearby", False)
    }


def test_among_the_causes_what_drive_and_responsible_for_the_odor() -> None:
    assert claims_of("Gill disease and algal blooms have been among the main causes.") == {
        ("gill disease", False),
        ("algal blooms", False),
    }
    assert claims_of("Warmer water and run-off from fields are what drive these blooms.") == {
        ("warmer water", False),
        ("run-off from fields", False),
    }
    assert claims_of("She denied that its operations were responsible for the odor.") == {
        ("operations", True)
    }
    assert headline_causes("Subsidy cut ends village service") == {"subsidy cut"}


def test_singled_out_as_the_main_reasons() -> None:
    assert claims_of(
        "Hedgerow loss and intensive farming were singled out as the main reasons."
    ) == {
        ("hedgerow loss", False),
        ("intensive farming", False),
    }
    assert claims_of("She was named as the club captain.") == set()
