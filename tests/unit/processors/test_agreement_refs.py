"""Which agreement a mention refers to, and which mentions name none."""

from __future__ import annotations

from typing import Any

import pytest
from agreement_checks import Observe

from processors.agreement_mentions import Mention
from processors.agreement_refs import refer
from processors.agreement_vocabulary import MentionSpec
from processors.model import Observation

pytestmark = pytest.mark.unit


def by_status(found: tuple[Observation, ...], status: str) -> Observation:
    matching = [o for o in found if o.status == status]
    assert len(matching) == 1, found
    return matching[0]


@pytest.mark.parametrize(
    "text",
    [
        "Putin declared a Christmas truce in Ukraine. The 36-hour truce falls short of the "
        "30-day ceasefire that Washington proposed.",
        "Hamas declared a Ramadan truce with Israel. The truce is shorter than the 60-day "
        "ceasefire that Qatar proposed.",
    ],
)
def test_a_definite_mention_of_another_length_does_not_take_the_holiday_name(
    observe: Observe, text: str
) -> None:
    found = observe(text)
    assert by_status(found, "agreed").agreement.label is not None
    proposed = by_status(found, "proposed").agreement
    assert proposed.label is None
    assert proposed.duration_days in (30.0, 60.0)


def test_a_definite_mention_of_the_same_length_is_the_same_truce(observe: Observe) -> None:
    found = observe(
        "Putin declared a 36-hour Christmas truce in Ukraine. Kyiv said the 36-hour truce "
        "had been broken within hours."
    )
    assert by_status(found, "violated").agreement.label == "Christmas truce"


@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Israel have fought for months. Talks between Egyptian and Hamas "
        "delegations resumed in Cairo on Monday.",
        "Russia and Ukraine have been at war since 2022. Talks between American and "
        "Ukrainian officials ended in Jeddah.",
    ],
)
def test_talks_of_a_go_between_with_one_side_are_no_negotiation(
    observe: Observe, text: str
) -> None:
    assert not [o for o in observe(text) if o.status == "negotiating"]


def test_talks_between_the_two_sides_are_negotiation(observe: Observe) -> None:
    found = observe("Russia and Ukraine are at war. Talks between Russia and Ukraine resumed.")
    assert by_status(found, "negotiating").agreement.parties == ("RUS", "UKR")


def test_a_pause_on_something_other_than_fighting_names_no_agreement(observe: Observe) -> None:
    text = (
        "WASHINGTON - The White House said a 90-day pause on higher tariffs would expire "
        "next week. Treasury Secretary Scott Bessent will travel to Geneva for a final round "
        "of talks with Japanese officials."
    )
    assert observe(text) == ()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Japan said a new round of talks with the United States would be held next week.", []),
        (
            "Japan said a new round of talks with the United States would be held next week "
            "to end the trade war.",
            [],
        ),
        (
            "Ukraine said a new round of talks with Russia would be held next week, as "
            "fighting raged in the east.",
            [("RUS+UKR", "negotiating")],
        ),
    ],
)
def test_talks_named_before_any_agreement_are_about_one_only_in_a_war_story(
    observe: Observe, text: str, found: list[tuple[str, str]]
) -> None:
    assert [("+".join(o.agreement.parties), o.status) for o in observe(text)] == found


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # the phase of the swap just named, though an older ceasefire is in the story
        (
            "Thailand and Cambodia agreed a ceasefire in July. The exchange of captured "
            "soldiers between them is in doubt. The second phase was put on hold on Monday.",
            "prisoner_exchange",
        ),
        # with no swap just before it, a phase is the ceasefire's
        (
            "Israel and Hamas swapped prisoners in January. The ceasefire between them "
            "held through February. Its second phase was put on hold on Monday.",
            "general",
        ),
    ],
)
def test_a_phase_belongs_to_the_agreement_just_named(
    observe: Observe, text: str, scope: str
) -> None:
    assert by_status(observe(text), "suspended").agreement.scope == scope


def test_the_truce_is_the_one_made_not_the_one_talks_seek(observe: Observe) -> None:
    found = observe(
        "Israel and Hezbollah agreed to extend the humanitarian truce by a week, and "
        "Israel said it would join talks on a permanent ceasefire. The truce, which "
        "took effect on May 2, now runs until June 3."
    )
    assert by_status(found, "in_effect").agreement.scope == "humanitarian"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Israel and Hamas accused each other of breaking a humanitarian truce on Monday. "
            "Egypt said any ceasefire would last only if both sides withdrew. The truce had "
            "been agreed in Cairo on Sunday.",
            "humanitarian",
        ),
        (
            "Russia and Ukraine both said the energy ceasefire had been breached. Turkey warned "
            "that a future truce would need monitors. The ceasefire had been agreed in "
            "Riyadh a week earlier.",
            "energy_infrastructure",
        ),
    ],
)
def test_the_truce_is_the_one_made_not_one_only_weighed(
    observe: Observe, text: str, scope: str
) -> None:
    assert by_status(observe(text), "agreed").agreement.scope == scope


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a halt while the article's truce is in force keeps that truce
        (
            "The humanitarian pause between Israel and Hamas took effect on Monday. Hamas "
            "fighters have stopped all offensive operations in Rafah, a spokesman said.",
            "humanitarian",
        ),
        # a swap is no halt: the halt is a ceasefire of its own
        (
            "Israel and Hamas exchanged prisoners on Monday. Hamas fighters have stopped all "
            "offensive operations in Rafah, a spokesman said.",
            "general",
        ),
    ],
)
def test_a_halt_keeps_the_truce_in_force(observe: Observe, text: str, scope: str) -> None:
    halts = [o for o in observe(text) if o.status == "in_effect" and o.by == "HAMAS"]
    assert [o.agreement.scope for o in halts] == [scope]


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            "Forty Ukrainian prisoners of war came home on Friday and as many Russians were "
            "returned, as the exchange brokered by the UAE went ahead.",
            ["prisoner_exchange"],
        ),
        (
            "Eight hostages were freed in Rafah and 150 detainees left Ketziot prison, as "
            "the swap agreed on Monday got under way.",
            ["prisoner_exchange"],
        ),
        # No one held nearby: an exchange of what?
        ("Russia and Ukraine said the exchange went ahead on Friday.", []),
        # People held, but the exchange is of something else.
        ("Prisoners were moved after the exchange of fire began at dawn near Sumy.", []),
    ],
)
def test_the_exchange_with_no_antecedent_is_a_swap_only_among_captives(
    observe: Observe, text: str, scopes: list[str]
) -> None:
    assert [o.agreement.scope for o in observe(text)][:1] == scopes


@pytest.mark.parametrize(
    ("text", "agreed"),
    [
        (
            "Qatar proposed a three-day truce between Israel and Hamas. Both sides agreed it "
            "would take effect at 7 a.m. on Sunday.",
            True,
        ),
        (
            "Turkey proposed a 30-day ceasefire between Russia and Ukraine. Moscow and Kyiv "
            "agreed that it will begin at midnight and run for a month.",
            True,
        ),
        # "It" is the side, not the truce: begins something other than the truce.
        (
            "Turkey proposed a 30-day ceasefire between Russia and Ukraine. Russia agreed it "
            "would begin withdrawing troops from the border.",
            False,
        ),
    ],
)
def test_agreeing_when_it_starts_is_agreeing_to_it(
    observe: Observe, text: str, agreed: bool
) -> None:
    assert ("agreed" in [o.status for o in observe(text)]) is agreed


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Iran traded strikes for twelve days. But the ceasefire rests on little. "
        "There, the ceasefire with Hezbollah that took effect in November has held.",
        "Israel and Iran traded strikes for twelve days, and the ceasefire between them was "
        "agreed on Monday. The ceasefire with Hezbollah took effect in November.",
    ],
)
def test_a_definite_mention_naming_a_side_its_antecedent_lacks_is_another_agreement(
    observe: Observe, text: str
) -> None:
    assert by_status(observe(text), "in_effect").agreement.id == "HEZBOLLAH+ISR/general"


def test_a_definite_mention_naming_another_name_of_a_side_is_the_same_agreement(
    observe: Observe,
) -> None:
    found = observe(
        "Israel and Lebanon agreed to a ceasefire on Tuesday. The ceasefire between Israel "
        "and Hezbollah took effect on Wednesday."
    )
    assert by_status(found, "in_effect").agreement.id == "HEZBOLLAH+ISR/general"
    assert by_status(found, "agreed").agreement.id == "HEZBOLLAH+ISR/general"


@pytest.mark.parametrize(
    "second",
    [
        "There is no agreed definition of what counts as a violation.",
        "The committee would meet regularly to review reports of violations.",
        "Monitors will investigate any breach.",
        "Israel said it would regard any movement of Hezbollah fighters south of the "
        "Litani river as a violation and a threat.",
        "Hezbollah will consider every Israeli drone flight over Lebanon as a breach.",
        "Beirut treats all strikes on its villages as a violation.",
    ],
)
def test_a_lone_status_noun_naming_a_kind_of_act_tells_none(observe: Observe, second: str) -> None:
    found = observe(f"Israel and Hezbollah agreed a ceasefire on Monday. {second}")
    assert "violated" not in {o.status for o in found}


def test_a_lone_status_noun_judging_one_act_is_still_a_violation(observe: Observe) -> None:
    found = observe(
        "Israel and Hezbollah agreed a ceasefire on Monday. Hezbollah said it regarded the "
        "Israeli drone strike on Tuesday as a violation."
    )
    assert "violated" in {o.status for o in found}


def test_a_lone_status_noun_of_an_accusation_is_still_a_violation(observe: Observe) -> None:
    found = observe(
        "Israel and Hezbollah agreed a ceasefire on Monday. Hezbollah accused Israel of "
        "repeated violations."
    )
    assert by_status(found, "violated").by == "ISR"


@pytest.mark.parametrize(
    "text",
    [
        "Putin agreed to stop attacks on energy infrastructure in Ukraine for 30 days, and "
        "ordered the Russian military to halt such strikes.",
        "Russia agreed a pause in strikes on Ukraine's energy facilities. Putin ordered the army "
        "to stop these attacks.",
        "Russia agreed a pause in strikes on Ukraine's power plants on Tuesday and halted the "
        "strikes hours later.",
    ],
)
def test_halting_such_strikes_is_the_pause_named_before(observe: Observe, text: str) -> None:
    assert {o.agreement.scope for o in observe(text)} == {"energy_infrastructure"}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Delegations of Ethiopia and the OLA gathered in Zanzibar for peace talks. The "
            "talks have opened. The government delegation is led by Redwan Hussien, who also "
            "negotiated the Pretoria deal with the TPLF.",
            ("ETH", "TPLF"),
        ),
        (
            "Israel and Hamas resumed talks in Doha on a Gaza ceasefire. The talks have made "
            "progress. The Israeli team is led by Ron Dermer, who also negotiated the November "
            "deal with Hezbollah.",
            ("HEZBOLLAH", "ISR"),
        ),
    ],
)
def test_a_deal_naming_a_side_the_talks_do_not_bind_is_another_deal(
    observe: Observe, text: str, sides: tuple[str, str]
) -> None:
    assert by_status(observe(text), "agreed").agreement.parties == sides


@pytest.mark.parametrize("later", ["the Pretoria deal", "the Pretoria accord"])
def test_one_name_told_with_another_deal_noun_is_the_same_agreement(
    observe: Observe, later: str
) -> None:
    text = (
        "Talks between Ethiopia and the OLA ended on Thursday without a ceasefire. The "
        "government had offered terms like those of the Pretoria agreement with the TPLF. "
        f"Abiy had hoped to repeat the success of {later}. That agreement, signed in "
        "November, has held in Tigray."
    )
    found = observe(text)
    assert {"+".join(o.agreement.parties) for o in found if o.status == "in_effect"} == {"ETH+TPLF"}


def test_talks_that_made_a_document_are_the_documents_not_the_act_it_agreed(
    observe: Observe,
) -> None:
    text = (
        "NAIROBI - Commanders of Ethiopia's army and Tigrayan forces signed a declaration on "
        "their peace deal on Saturday, agreeing to allow humanitarian access to Tigray. The "
        "document was signed after five days of talks in the Kenyan capital."
    )
    assert by_status(observe(text), "negotiating").agreement.scope == "general"


def test_talks_with_only_an_act_before_them_are_about_that_act(observe: Observe) -> None:
    text = (
        "Russia and Ukraine agreed to swap 300 prisoners each. The deal came after three days "
        "of talks in Istanbul."
    )
    assert by_status(observe(text), "negotiating").agreement.scope == "prisoner_exchange"


@pytest.mark.parametrize(
    "text",
    [
        "Russia agreed to stop hitting Ukraine's power grid for 30 days. Two weeks later the "
        "truce exists mainly as an argument about who is breaking it.",
        "Moscow said it would halt strikes on Ukrainian power plants for a month. Kyiv said "
        "the truce had been broken within hours.",
    ],
)
def test_the_truce_right_after_a_pause_told_by_its_verb_is_that_pause(
    observe: Observe, text: str
) -> None:
    found = observe(text)
    assert {o.agreement.scope for o in found} == {"energy_infrastructure"}
    assert "violated" in {o.status for o in found}


def test_a_truce_far_from_a_pause_keeps_its_own_scope(observe: Observe) -> None:
    filler = "Officials met again on Wednesday to discuss the reconstruction of the town. " * 7
    found = observe(
        "Russia agreed to stop hitting Ukraine's power grid for 30 days. "
        + filler
        + "Separately, the truce along the whole front collapsed."
    )
    assert {o.agreement.scope for o in found} == {"energy_infrastructure", "general"}


def test_a_named_truce_after_an_unnamed_one_keeps_no_borrowed_length(observe: Observe) -> None:
    found = observe(
        "Kyiv accepted a 30-day ceasefire with Russia in March that Moscow has not answered. "
        "The Easter truce declared by Putin has now begun."
    )
    named = [o for o in found if o.agreement.label is not None]
    assert named
    assert all(o.agreement.duration_days != 30 for o in named)


def test_an_unnamed_truce_referring_back_keeps_the_length(observe: Observe) -> None:
    found = observe("Kyiv accepted a 30-day ceasefire with Russia. The truce has now begun.")
    assert {o.agreement.duration_days for o in found} == {30}


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Sudan's army and the RSF agreed a humanitarian pause on Monday. Two earlier "
            "ceasefires, agreed in Jeddah in May and June, collapsed within days.",
            "humanitarian",
        ),
        (
            "Russia and Ukraine agreed an energy ceasefire on Tuesday. Three truces before it "
            "collapsed within weeks.",
            "energy_infrastructure",
        ),
        # with nothing named before, a count of truces is of no kind
        ("Two earlier truces between Armenia and Azerbaijan collapsed within hours.", "general"),
    ],
)
def test_a_count_of_truces_is_of_the_kind_in_view(observe: Observe, text: str, scope: str) -> None:
    assert by_status(observe(text), "collapsed").agreement.scope == scope


@pytest.mark.parametrize(
    "between",
    [
        "Mediators worked through the night to settle a dispute over the next list of hostages.",
        "Egypt helped settle a dispute over the order of the releases.",
    ],
)
def test_the_pause_after_a_truce_is_that_truce_not_a_dispute_settled_since(
    observe: Observe, between: str
) -> None:
    found = observe(
        "Israel and Hamas agreed to extend their truce in Gaza by another day. "
        + between
        + " Qatar said the pause would go on. The extension runs until 7 a.m. on Friday."
    )
    assert {o.agreement.scope for o in found} == {"general"}


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        (
            "Armenia and Azerbaijan have agreed three humanitarian truces in October. The "
            "latest took effect on Monday morning and had collapsed by Monday afternoon.",
            {"in_effect", "collapsed"},
        ),
        (
            "Armenia and Azerbaijan agreed two truces in Moscow this month. The first "
            "collapsed within hours; the second one took effect on Sunday.",
            {"collapsed", "in_effect"},
        ),
        (
            "Russia and Ukraine have agreed several pauses on energy strikes this spring. The "
            "last expired on Friday.",
            {"expired"},
        ),
    ],
)
def test_the_latest_or_the_first_standing_alone_is_one_of_the_truces_just_named(
    observe: Observe, text: str, statuses: set[str]
) -> None:
    assert statuses <= {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Karen National Union on Monday announced a ten-day pause in offensive operations "
        "against Myanmar's army. It said its fighters would halt attacks in the flooded "
        "districts so that relief convoys could reach the stranded villages.",
        "Sudan's army and the RSF agreed a 72-hour ceasefire on Friday. The mediators said both "
        "sides had agreed to stop fighting for three days to let humanitarian aid move freely.",
        "Israel and Hamas agreed a ceasefire in Gaza on Sunday. The ceasefire is meant to let "
        "aid convoys reach the north of the strip.",
    ],
)
def test_a_purpose_told_after_a_truce_restates_it(observe: Observe, text: str) -> None:
    found = observe(text)
    assert found
    assert {o.agreement.scope for o in found} == {"general"}, found


def test_a_purpose_told_after_a_scoped_truce_keeps_its_sides(observe: Observe) -> None:
    found = observe(
        "Myanmar's army kept bombing areas held by the National Unity Government. The NUG "
        "protested. The Three Brotherhood Alliance declared a "
        "one-month humanitarian truce with the military. The three groups said they would "
        "halt offensive operations for a month to allow relief to reach the quake zone."
    )
    assert found
    assert {o.agreement.key for o in found} == {"MMR+TBA/humanitarian"}, found


@pytest.mark.parametrize(
    "text",
    [
        # a second truce of its own length is another truce
        "Israel and Hamas agreed a 42-day ceasefire in Gaza on Sunday. Israel also agreed to "
        "halt fighting for four hours a day to let aid convoys reach the north.",
        # a first mention with the purpose: nothing to restate
        "Israel agreed to halt fighting in northern Gaza for four hours a day to let aid in.",
    ],
)
def test_a_purpose_with_nothing_to_restate_gives_its_scope(observe: Observe, text: str) -> None:
    scopes = {o.agreement.scope for o in observe(text)}
    assert "humanitarian" in scopes


@pytest.mark.parametrize(
    "text",
    [
        'Israel and Hamas swapped prisoners. Trump declared that "the long nightmare is over".',
        'Russia and Ukraine agreed a truce. Putin announced that "the goals will be met".',
    ],
)
def test_that_opening_a_quote_is_a_conjunction_not_the_agreement(
    observe: Observe, text: str
) -> None:
    assert {o.status for o in observe(text)} <= {"in_effect", "agreed"}
    assert len(observe(text)) == 1, observe(text)


def test_that_closing_a_quote_still_points_back(observe: Observe) -> None:
    found = observe('Israel and Hamas agreed a truce. Netanyahu said "we accepted that."')
    assert "accepted" in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "The Three Brotherhood Alliance declared a one-month humanitarian truce with Myanmar's "
        "military on April 1, and the military's own ceasefire was due to run until Tuesday. "
        "The National Unity Government said the army broke the ceasefire.",
        "Hamas and Israel agreed a humanitarian pause for aid convoys in Gaza, but the army's "
        "own ceasefire lasted a week. Hamas said Israel violated the ceasefire.",
    ],
)
def test_an_own_truce_is_not_the_one_just_named(observe: Observe, text: str) -> None:
    found = observe(text)
    scopes = {o.agreement.scope for o in found if o.status != "agreed"}
    assert "general" in scopes, found
    assert "humanitarian" not in scopes, found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Egypt proposed a ceasefire on Monday. Hamas rejected it within hours.", "rejected"),
        ("Egypt proposed a ceasefire on Monday. Hamas rejected it hours later.", "rejected"),
        (
            "Qatar proposed a pause in the fighting. Israel accepted it shortly before midnight.",
            "accepted",
        ),
        (
            "Russia and Ukraine signed a truce on Monday. Both sides violated it a day later.",
            "violated",
        ),
    ],
)
def test_it_before_a_time_phrase_still_stands_for_the_agreement(
    observe: Observe, text: str, status: str
) -> None:
    assert status in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to a four-day truce. On Monday Israel gave Hamas another "
        "two days to free more hostages.",
        "Armenia and Azerbaijan agreed a humanitarian ceasefire. Moscow said the sides had "
        "granted the Red Cross an additional 48 hours to collect the dead.",
        "The leaders of Russia and Turkey agreed to give the Kurdish fighters a further 150 "
        "hours to withdraw, hours before the pause in Turkey's offensive in Syria ran out.",
    ],
)
def test_more_time_granted_extends_the_agreement(observe: Observe, text: str) -> None:
    extended = by_status(observe(text), "extended")
    assert extended.agreement.kind in ("ceasefire", "pause")


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to a four-day truce. Fighting in the north went on for "
        "another two days.",
        "Israel and Hamas agreed to a four-day truce. The talks will take another two days "
        "to finish.",
        "Israel and Hamas agreed to a four-day truce. Israel refused to give Hamas another "
        "two days.",
    ],
)
def test_more_time_that_nobody_grants_is_no_extension(observe: Observe, text: str) -> None:
    assert all(o.status != "extended" for o in observe(text))


def test_the_suspension_is_the_halt_just_named(observe: Observe) -> None:
    found = observe(
        "Israel agreed to suspend air strikes on Lebanon for 48 hours. The suspension "
        "began at 2 a.m. on Monday."
    )
    assert [o.status for o in found] == ["agreed", "in_effect"], found


def test_the_suspension_of_another_act_names_no_truce(observe: Observe) -> None:
    # The swap was named last: "the suspension" is the swap's, not the truce in force.
    found = observe(
        "India and Pakistan agreed a 14-day ceasefire on Wednesday. The prisoner exchange "
        "that Pakistan suspended on Saturday was not part of the deal. Pakistan said the "
        "suspension remained in place."
    )
    assert "in_effect" not in {o.status for o in found}, found


@pytest.mark.parametrize(
    "other",
    [
        "Diplomats cautioned that similar pauses had broken down in the past.",
        "Such truces rarely last, analysts said, and previous ceasefires collapsed.",
        "Other truces in the region have collapsed within weeks.",
        "Qatar brokered earlier truces in Gaza, most of which broke down within months.",
        "Earlier ceasefires collapsed within days.",
        # each of the kind in turn, singular
        "Diplomats said that is why every ceasefire since 2021 has broken down.",
        "Each truce in Gaza so far has collapsed within weeks.",
    ],
)
def test_truces_of_the_same_kind_are_no_agreement_of_the_article(
    observe: Observe, other: str
) -> None:
    text = f"Israel extended its truce with Hamas by 60 days on Tuesday. {other}"
    assert [o.status for o in observe(text)] == ["extended"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed a truce on Monday. Each side accused the other of "
        "breaking the truce.",
        "The army and the RSF agreed a truce. Every violation of the truce will be answered, "
        "the army said, and the RSF broke the truce within hours.",
    ],
)
def test_every_side_or_violation_still_leaves_the_truce_read(observe: Observe, text: str) -> None:
    # "each" and "every" before another noun quantify that noun, not the truce.
    assert "violated" in {o.status for o in observe(text)}, observe(text)


def test_a_count_of_earlier_truces_is_still_read(observe: Observe) -> None:
    text = "Israel and Hamas agreed a truce on Monday. Two earlier truces collapsed."
    assert "collapsed" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army declared a humanitarian truce in El Fasher on Monday. A day later, the "
        "RSF said it would commit to a ceasefire, on condition that the siege was lifted.",
        "Israel announced a humanitarian pause in northern Gaza. Hours later, Hamas said it "
        "would observe a ceasefire in the area.",
        "The army's humanitarian truce, which the RSF matched the next day with a conditional "
        "ceasefire, let convoys reach El Fasher.",
    ],
)
def test_the_other_sides_answer_to_a_scoped_truce_is_that_truce(
    observe: Observe, text: str
) -> None:
    scopes = {o.agreement.scope for o in observe(text)}
    assert scopes == {"humanitarian"}


@pytest.mark.parametrize(
    "text",
    [
        # No answer told: a truce of its own.
        "Sudan's army declared a humanitarian truce in El Fasher on Monday. The RSF said it "
        "wanted a ceasefire across the country.",
        # A length of its own: its own truce.
        "Israel announced a humanitarian pause in northern Gaza. Hours later, Hamas said it "
        "would observe a 30-day ceasefire.",
    ],
)
def test_a_truce_that_answers_nothing_or_has_its_own_length_stays_general(
    observe: Observe, text: str
) -> None:
    scopes = {o.agreement.scope for o in observe(text)}
    assert "general" in scopes


@pytest.mark.parametrize(
    "generic",
    [
        "An RSF commander said a truce without aid convoys was a truce in name only.",
        "An RSF adviser said a ceasefire without a withdrawal is meaningless.",
    ],
)
def test_what_any_truce_is_names_none_for_the_truce_after_it(
    observe: Observe, generic: str
) -> None:
    text = (
        "Sudan's army declared a humanitarian truce in El Fasher on Monday. "
        f"{generic} The army said the RSF shelled the city after the truce was declared."
    )
    scopes = {o.agreement.scope for o in observe(text)}
    assert scopes == {"humanitarian"}


def test_a_truce_without_conditions_agreed_is_still_one(observe: Observe) -> None:
    found = observe("Israel and Hamas agreed a ceasefire without conditions on Monday.")
    assert [o.status for o in found] == ["agreed"]


_TALKS = MentionSpec(family="peace", kind="talks", role="talks", scope="general", wrapper=True)
_DEAL = MentionSpec(family="peace", kind="deal", role="deal", scope="general", wrapper=True)


def _mention(spec: MentionSpec, at: int, **fields: Any) -> Mention:
    return Mention(at, at + 5, at, at + 5, spec, spec.kind, "general", True)._replace(**fields)


@pytest.mark.parametrize(
    ("name", "recalled"),
    [("moscow talks", ("HEZBOLLAH", "ISR")), ("doha talks", ("SDF", "SYR"))],
)
def test_talks_a_place_names_are_the_talks_told_before_not_a_deal_recalled_since(
    name: str, recalled: tuple[str, ...]
) -> None:
    # "... after ten hours of talks in Moscow. There was no word from Hezbollah, which
    # reached its own deal with Israel on Oct. 3. Officials said the Moscow talks ...".
    held = _mention(_TALKS, 10, parties=("ARM", "AZE"))
    deal = _mention(_DEAL, 100, parties=recalled)
    later = _mention(_TALKS, 200, scoped=False, definite=True, name=name)
    found = refer(later, [held, deal], "any")
    assert found is not None
    assert found.parties == ("ARM", "AZE")


def test_unnamed_talks_and_named_deals_still_take_the_latest_agreement() -> None:
    held = _mention(_TALKS, 10, parties=("ARM", "AZE"))
    deal = _mention(_DEAL, 100, parties=("HEZBOLLAH", "ISR"))
    for later in (
        _mention(_TALKS, 200, scoped=False, definite=True),
        _mention(_DEAL, 200, scoped=False, definite=True, name="washington deal"),
    ):
        found = refer(later, [held, deal], "any")
        assert found is not None
        assert found.parties == ("HEZBOLLAH", "ISR")


def test_any_truce_weighs_the_scoped_one_in_view(observe: Observe) -> None:
    text = (
        "Israel rejected a proposal for a humanitarian pause in Gaza. Netanyahu said "
        "Israel would not accept any truce that left Hamas in power."
    )
    found = {(o.agreement.scope, o.status) for o in observe(text)}
    assert ("humanitarian", "rejected") in found
    assert ("general", "rejected") not in found


def test_any_truce_with_none_in_view_is_a_general_one(observe: Observe) -> None:
    text = "Netanyahu said Israel would not accept any truce with Hamas that left it in power."
    found = {(o.agreement.scope, o.status) for o in observe(text)}
    assert found == {("general", "rejected")}


# --- a roundup of two wars: a reference stays in its own story --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Gaza, Israel and Hamas agreed a truce on Monday. Hamas said the truce was "
            "holding and aid trucks were moving.\n"
            "In Europe, Russian and Ukrainian negotiators met in Istanbul on Tuesday. The "
            "ceasefire was broken within hours, local officials said.",
            "RUS+UKR",
        ),
        (
            "Sudan's army and the RSF signed a humanitarian truce in Jeddah. The army said "
            "the truce had let convoys reach Darfur.\n"
            "Further east, Ethiopia's government and the TPLF met in Pretoria last week. "
            "The ceasefire was broken on Sunday, officials in Mekelle said.",
            "ETH+TPLF",
        ),
        # One side of another war named in the paragraph is no story of its own: the
        # reference is still the truce told before.
        (
            "In Gaza, Israel and Hamas agreed a truce on Monday. Hamas said the truce was "
            "holding and aid trucks were moving.\n"
            "Russia's foreign ministry welcomed the news on Tuesday. The ceasefire was "
            "broken within hours, local officials said.",
            "HAMAS+ISR",
        ),
    ],
)
def test_a_reference_in_a_roundups_next_story_is_that_storys_agreement(
    observe: Observe, text: str, expected: str
) -> None:
    last = observe(text)[-1]
    assert last.status == "violated"
    assert "+".join(last.agreement.parties) == expected
