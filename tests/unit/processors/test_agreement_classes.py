"""Agreement observations by class of wording: vocabulary, syntax, acts, scope, false alarms.

Each class is tested with sentences of its own, in several conflicts, so that a rule
that only fits one sentence fails here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from processors.actors import Gazetteer, load_gazetteer
from processors.agreements import AgreementLexicon, extract_observations, load_agreement_lexicon
from processors.model import Article, Observation

pytestmark = pytest.mark.unit

PUBLISHED = datetime(2025, 6, 4, 9, 0, tzinfo=UTC)

Observe = Callable[[str], tuple[Observation, ...]]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def lexicon() -> AgreementLexicon:
    return load_agreement_lexicon()


@pytest.fixture
def observe(gazetteer: Gazetteer, lexicon: AgreementLexicon) -> Observe:
    def run(text: str) -> tuple[Observation, ...]:
        article = Article(id="c1", text=text, published=PUBLISHED)
        return extract_observations(article, (), gazetteer, lexicon)

    return run


def triples(found: tuple[Observation, ...]) -> set[tuple[str, str, str]]:
    return {("+".join(o.agreement.parties), o.agreement.scope, o.status) for o in found}


def check(observe: Observe, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(observe(text)), triples(observe(text))


# --- vocabulary ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia and Azerbaijan agreed a three-week truce in May. The truce lapsed "
            "quietly in June.",
            ("ARM+AZE", "general", "expired"),
        ),
        (
            "Israel and Hamas agreed a six-week pause in fighting in January. "
            "The pause has run its course, officials in Cairo said.",
            ("HAMAS+ISR", "general", "expired"),
        ),
        (
            "India and Pakistan agreed a ceasefire on the Line of Control. "
            "By August the ceasefire had fallen apart.",
            ("IND+PAK", "general", "collapsed"),
        ),
        (
            "Kinshasa and Kigali signed a truce in Luanda. Within a month the truce "
            "had come apart.",
            ("COD+RWA", "general", "collapsed"),
        ),
        (
            "Thailand and Cambodia agreed a border ceasefire. The ceasefire was put "
            "on hold after a soldier was killed.",
            ("KHM+THA", "general", "suspended"),
        ),
        (
            "The ceasefire between Ethiopia and the TPLF has been put in abeyance, mediators said.",
            ("ETH+TPLF", "general", "suspended"),
        ),
        (
            "The truce between Israel and Hezbollah went into force at dawn.",
            ("HEZBOLLAH+ISR", "general", "in_effect"),
        ),
        (
            "A ceasefire was struck between the Houthis and Saudi Arabia after talks in Muscat.",
            ("HOUTHIS+SAU", "general", "agreed"),
        ),
        (
            "Russia and Ukraine are still fighting. A prisoner swap was also discussed, "
            "the Kremlin said.",
            ("RUS+UKR", "prisoner_exchange", "negotiating"),
        ),
        (
            "Russia and Ukraine are at war. Zelenskyy said Ukraine was ready for a "
            "ceasefire at sea.",
            ("RUS+UKR", "maritime", "accepted"),
        ),
        (
            "Russia and Ukraine paused strikes on power plants in March. The White House "
            "wants the halt extended.",
            ("RUS+UKR", "energy_infrastructure", "proposed"),
        ),
        (
            "Russia and Ukraine are at war. Kyiv announced a moratorium on drone strikes "
            "against oil refineries.",
            ("RUS+UKR", "energy_infrastructure", "agreed"),
        ),
    ],
)
def test_vocabulary(observe: Observe, text: str, expected: tuple[str, str, str]) -> None:
    check(observe, text, expected)


def test_a_truce_of_its_own_kind_is_found_after_a_halt_in_energy_strikes(
    observe: Observe,
) -> None:
    text = (
        "Moscow and Kyiv agreed a halt in energy strikes. Ukraine proposed prolonging "
        "the halt by another month."
    )
    assert ("RUS+UKR", "energy_infrastructure", "proposed") in triples(observe(text))


# --- syntax --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive with its agent
        (
            "Armenia and Azerbaijan have clashed for years. The border truce was "
            "accepted by Baku on Friday.",
            ("ARM+AZE", "general", "accepted"),
        ),
        # a relative clause whose pronoun is the object of the verb
        (
            "India and Pakistan are at odds. Islamabad rejected a ceasefire, which "
            "New Delhi had offered in May.",
            ("IND+PAK", "general", "proposed"),
        ),
        (
            "Sudan's army and the RSF keep fighting. An aid corridor to El Fasher that "
            "the RSF shut in April remains closed.",
            ("RSF+SDN", "humanitarian", "suspended"),
        ),
        # a relative clause between a subject and its verb
        (
            "The truce between Israel and Hezbollah, which came into force in November, "
            "collapsed in March.",
            ("HEZBOLLAH+ISR", "general", "collapsed"),
        ),
        # a long aside between the agreement and its verb
        (
            "The Black Sea arrangement between Russia and Ukraine, first drafted by "
            "Turkish diplomats during a week of shuttle diplomacy, was approved by Kyiv.",
            ("RUS+UKR", "maritime", "accepted"),
        ),
        # a pronoun for the agreement
        (
            "Hamas and Israel agreed a truce in Doha. Two weeks later Israel pulled out of it.",
            ("HAMAS+ISR", "general", "collapsed"),
        ),
        (
            "Washington offered Iran and Israel a ceasefire. Tehran rejected that on Sunday.",
            ("IRN+ISR", "general", "rejected"),
        ),
        (
            "The Houthis and Saudi Arabia agreed a truce in 2022. It expired in October.",
            ("HOUTHIS+SAU", "general", "expired"),
        ),
        # a clause without an object: the agreement just named
        (
            "Qatar proposed a week-long truce between Israel and Hamas. Hamas accepted, "
            "but Israel has not replied.",
            ("HAMAS+ISR", "general", "accepted"),
        ),
        (
            "Ethiopia declared a truce in Tigray. The TPLF said it would reciprocate.",
            ("ETH+TPLF", "general", "accepted"),
        ),
        # a reduced relative clause before the verb
        (
            "Russia and Ukraine fought on. The Easter truce Putin had announced for "
            "the holiday ended on Monday morning.",
            ("RUS+UKR", "general", "expired"),
        ),
        # a call for one agreement to become another
        (
            "Russia and Ukraine agreed a pause in strikes on ports. Kyiv urged the pause "
            "to be expanded into a general ceasefire.",
            ("RUS+UKR", "general", "proposed"),
        ),
    ],
)
def test_syntax(observe: Observe, text: str, expected: tuple[str, str, str]) -> None:
    check(observe, text, expected)


def test_two_sides_accepting_together_agree(observe: Observe) -> None:
    text = "Qatar proposed a ceasefire, which Israel and Hamas accepted on Tuesday."
    assert ("HAMAS+ISR", "general", "agreed") in triples(observe(text))


def test_a_pronoun_needs_a_recent_agreement(observe: Observe) -> None:
    text = (
        "Israel and Hamas agreed a truce in January. "
        + "The war has displaced most of the population of the strip. " * 10
        + "Israel rejected it on Sunday."
    )
    assert ("HAMAS+ISR", "general", "rejected") not in triples(observe(text))


def test_a_pronoun_subject_of_a_clause_is_not_an_object(observe: Observe) -> None:
    text = "Israel and Hamas agreed a truce. Hamas accepted it would not be easy."
    assert ("HAMAS+ISR", "general", "accepted") not in triples(observe(text))


@pytest.mark.parametrize(
    ("tail", "refused"),
    [
        # An indefinite head before the verb is what was turned down, not the truce.
        (
            "Leaving it would let Hamas seek Egyptian guarantees, something Israel has refused.",
            False,
        ),
        ("Ending it would bring in UN monitors, which is what Moscow has long rejected.", False),
        # The verb alone after the truce is the answer to it.
        ("Hamas has refused.", True),
    ],
)
def test_a_refusal_of_something_else_named_before_it_is_no_answer(
    observe: Observe, tail: str, refused: bool
) -> None:
    text = "Egypt proposed a truce between Israel and Hamas in Cairo. " + tail
    statuses = {status for _, _, status in triples(observe(text))}
    assert ("rejected" in statuses) is refused


@pytest.mark.parametrize(
    "tail",
    [
        "Talks would open in Quito, two years after they began exploratory contacts.",
        "A week later they ended the blockade of the port.",
        "On Friday they extended the deadline for handing in weapons.",
    ],
)
def test_a_pronoun_that_acts_on_an_object_is_the_sides_not_the_truce(
    observe: Observe, tail: str
) -> None:
    text = "Colombia and the FARC agreed a ceasefire in June. " + tail
    statuses = {status for _, _, status in triples(observe(text))}
    assert not statuses & {"in_effect", "collapsed", "expired", "extended"}


@pytest.mark.parametrize(
    ("tail", "status"),
    [
        ("It began on Monday.", "in_effect"),
        ("It began quietly after midnight.", "in_effect"),
        ("It was extended on Friday.", "extended"),
    ],
)
def test_a_pronoun_that_begins_or_is_extended_is_the_truce(
    observe: Observe, tail: str, status: str
) -> None:
    text = "Colombia and the FARC agreed a ceasefire in June. " + tail
    assert ("COL+FARC", "general", status) in triples(observe(text))


# --- acts that realise an agreement --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia and Azerbaijan handed over 32 prisoners of war each on the border "
            "on Thursday.",
            ("ARM+AZE", "prisoner_exchange", "in_effect"),
        ),
        (
            "Sudan's army and the RSF have fought for two years. The RSF said it would "
            "halt operations around El Fasher for a week to allow food convoys in.",
            ("RSF+SDN", "humanitarian", "agreed"),
        ),
        (
            "Israel and Hamas are at war. Israel said it would suspend military "
            "operations for eight hours a day so that aid trucks can enter. "
            "The first of the pauses began on Sunday morning.",
            ("HAMAS+ISR", "humanitarian", "in_effect"),
        ),
    ],
)
def test_acts(observe: Observe, text: str, expected: tuple[str, str, str]) -> None:
    check(observe, text, expected)


def test_a_pause_that_gives_its_length_is_one_of_the_pauses_before(observe: Observe) -> None:
    text = (
        "Israel and Hamas are at war. Daily humanitarian pauses began in Gaza City. "
        "A pause of eight hours was broken by Israeli shelling, medics said."
    )
    found = triples(observe(text))
    assert ("HAMAS+ISR", "humanitarian", "violated") in found
    assert ("HAMAS+ISR", "general", "violated") not in found


# --- treaties and other scopes -------------------------------------------------------


def test_a_treaty_put_in_abeyance_is_suspended_with_scope_other(observe: Observe) -> None:
    text = (
        "India and Pakistan exchanged fire again. New Delhi said the Indus Waters "
        "Treaty would be held in abeyance."
    )
    assert ("IND+PAK", "other", "suspended") in triples(observe(text))


# --- false alarms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a memory is not news
        (
            'Russia and Ukraine are at war. "We recall how the grain deal was torn up," '
            "Lavrov said.",
            ("RUS+UKR", "maritime", "collapsed"),
        ),
        # an indirect question asserts nothing
        (
            "Russia and Ukraine are at war. Reporters asked Peskov whether the energy "
            "pause could be restored.",
            ("RUS+UKR", "energy_infrastructure", "negotiating"),
        ),
        # an offer to host talks is not talks
        (
            "Armenia and Azerbaijan are at odds. Kazakhstan said it was ready to host "
            "peace talks between Armenia and Azerbaijan.",
            ("ARM+AZE", "general", "negotiating"),
        ),
        # a ceasefire that ended a war did not itself end
        (
            "Moscow brokered the 2020 ceasefire that ended the war between Armenia and Azerbaijan.",
            ("ARM+AZE", "general", "expired"),
        ),
        # a status word inside a name ("Rapid Support Forces") is no stance
        (
            "Sudan's Rapid Support Forces declared a humanitarian truce in Darfur, "
            "and the army rejected it.",
            ("RSF+SDN", "humanitarian", "accepted"),
        ),
        # "the proposal" after a plan about something else is that plan
        (
            "Israel and Hezbollah observe a truce. Washington drafted a plan to disarm "
            "Hezbollah, and Beirut welcomed the proposal.",
            ("HEZBOLLAH+ISR", "general", "accepted"),
        ),
    ],
)
def test_false_alarms(observe: Observe, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples(observe(text))


def test_breaking_the_deal_is_about_the_agreement_in_force(observe: Observe) -> None:
    text = (
        "Russia and Ukraine agreed to stop striking ports in the Black Sea. Washington "
        "still wants a full ceasefire. Both sides accused each other of breaching "
        "the agreement within a day."
    )
    found = triples(observe(text))
    assert ("RUS+UKR", "maritime", "violated") in found
    assert ("RUS+UKR", "general", "violated") not in found


# --- fresh copy: subjects that deny, phrasal verbs, events of an exchange ------------


@pytest.mark.parametrize(
    "text",
    [
        # a subject that names nobody asserts nothing of anybody
        "Both Armenia and Azerbaijan have traded blame, but neither has formally accused "
        "the other of breaking the truce.",
        "Neither Israel nor Hezbollah has accused the other of violating the ceasefire.",
        "No one has claimed that Russia broke the energy truce with Ukraine.",
        "Armenia and Azerbaijan observe a truce; by late afternoon, neither army had "
        "reported a breach.",
        # talk of a status is not the status
        "Armenia and Azerbaijan observe a truce. Talk of a breach was premature, an official said.",
        # "broke out" is how a war starts, not how a deal is broken
        "It was the first prisoner swap between Russia and Ukraine since the war broke "
        "out three years ago.",
        "Fighting broke out again near the border, weeks after Thailand and Cambodia "
        "signed a prisoner exchange deal.",
    ],
)
def test_no_violation_without_an_accuser_or_a_breach(observe: Observe, text: str) -> None:
    assert "violated" not in {o.status for o in observe(text)}, triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        # a subject that names nobody, then a verb of saying or judging: nobody reports it
        "Israel and Hamas traded fire overnight. Neither side said the ceasefire was over.",
        "Armenia and Azerbaijan observe a truce; no one claimed it had collapsed.",
        "Russia and Ukraine exchanged fire, but none of the parties declared the truce dead.",
        "Thailand and Cambodia observe a truce. Nobody believes the deal is finished.",
    ],
)
def test_what_nobody_reports_is_no_ending(observe: Observe, text: str) -> None:
    assert "collapsed" not in {o.status for o in observe(text)}, triples(observe(text))


def test_a_plain_act_of_nobody_leaves_the_next_clause_alone(observe: Observe) -> None:
    check(
        observe,
        "Neither side fired on Sunday, and the truce between Israel and Hamas held.",
        ("HAMAS+ISR", "general", "in_effect"),
    )
    check(
        observe,
        "Hamas said the ceasefire with Israel was over.",
        ("HAMAS+ISR", "general", "collapsed"),
    )


@pytest.mark.parametrize(
    "text",
    [
        # "talks" as the verb of a channel someone keeps, not talks on an agreement
        "Israel and Hamas traded fire. Egypt is the only state that talks regularly to both "
        "sides, and diplomats expect Cairo to lead any effort to stop the fighting.",
        "Russia and Ukraine fought on. Turkey, which talks to both sides, is expected to lead "
        "any effort to halt the war.",
        "The army and the RSF clashed in Khartoum. The envoy, who talks often with both "
        "generals, is expected to lead an effort to end the fighting.",
    ],
)
def test_talks_as_a_verb_are_no_negotiation(observe: Observe, text: str) -> None:
    assert "negotiating" not in {o.status for o in observe(text)}, triples(observe(text))


def test_talks_after_that_as_a_noun_still_negotiate(observe: Observe) -> None:
    check(
        observe,
        "Egypt said that talks between Hamas and Israel were under way.",
        ("HAMAS+ISR", "general", "negotiating"),
    )
    check(
        observe,
        "Mursi, who talks often with Meshaal, hosted talks between Israel and Hamas.",
        ("HAMAS+ISR", "general", "negotiating"),
    )


def test_talks_that_never_opened_are_no_negotiation(observe: Observe) -> None:
    for text in (
        "The Istanbul talks on a ceasefire between Russia and Ukraine never opened.",
        "Talks on a truce between the army and the RSF have yet to convene.",
    ):
        assert "negotiating" not in {o.status for o in observe(text)}, triples(observe(text))
    check(
        observe,
        "Talks on a truce between the army and the RSF opened in Jeddah on Monday.",
        ("RSF+SDN", "general", "negotiating"),
    )


def test_being_forced_to_accept_is_still_no_agreement(observe: Observe) -> None:
    found = observe("Washington forced Israel to accept the ceasefire with Hamas.")
    assert "accepted" not in {o.status for o in found}
    assert "agreed" not in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        # a habit told as background: the perfect with "before" / "in the past"
        "Israel and Hezbollah traded fire. Hezbollah has rejected truce offers before and "
        "returned to talks weeks later.",
        "Hamas has turned down such ceasefire offers from Israel in the past.",
        "The junta has previously rejected ceasefire proposals from the rebels of the KNU.",
    ],
)
def test_a_habit_is_no_stance_now(observe: Observe, text: str) -> None:
    assert "rejected" not in {o.status for o in observe(text)}, triples(observe(text))


def test_an_expected_signing_is_not_done(observe: Observe) -> None:
    found = observe(
        "Officials expected the truce between Thailand and Cambodia to be finalised within days."
    )
    assert "agreed" not in {o.status for o in found}, triples(found)
    check(
        observe,
        "The truce between Thailand and Cambodia is set to be signed on Sunday.",
        ("KHM+THA", "general", "agreed"),
    )


@pytest.mark.parametrize(
    ("text", "maritime"),
    [
        ("Moscow and Kyiv agreed to ensure safe passage for merchant ships.", True),
        ("Russia and Ukraine agreed on safe passage through the Black Sea.", True),
        (
            "The army and the RSF said they would guarantee safe passage for aid convoys "
            "on the roads they control.",
            False,
        ),
    ],
)
def test_safe_passage_is_maritime_only_at_sea(observe: Observe, text: str, maritime: bool) -> None:
    assert ("maritime" in {o.agreement.scope for o in observe(text)}) is maritime


def test_captured_soldiers_are_what_an_exchange_is_about(observe: Observe) -> None:
    check(
        observe,
        "A separate negotiation between Armenia and Azerbaijan on the return of captured "
        "soldiers is continuing.",
        ("ARM+AZE", "prisoner_exchange", "negotiating"),
    )


def test_talk_of_an_extension_is_no_extension(observe: Observe) -> None:
    found = observe(
        "Armenia and Azerbaijan observe a truce. An Armenian official said talk of an "
        "extension was premature."
    )
    assert "extended" not in {o.status for o in found}, triples(found)


def test_a_proposed_extension_is_no_extension(observe: Observe) -> None:
    found = observe(
        "The truce between Armenia and Azerbaijan is due to expire on Friday. French "
        "officials have suggested extending it by a month."
    )
    assert "extended" not in {o.status for o in found}, triples(found)


def test_who_brokered_the_last_truce_is_background(observe: Observe) -> None:
    found = observe(
        "Macron, who brokered the neighbours' previous truce, proposed a 30-day ceasefire "
        "between Armenia and Azerbaijan."
    )
    assert {o.status for o in found} == {"proposed"}, triples(found)
    # the agreement in view, brokered by the person described, is news
    check(
        observe,
        "Turkish officials, who helped broker the truce between Armenia and Azerbaijan, "
        "said it held.",
        ("ARM+AZE", "general", "agreed"),
    )


def test_the_future_after_an_opening_condition_is_conditional(observe: Observe) -> None:
    found = observe(
        "If the ceasefire between Armenia and Azerbaijan holds through March, French "
        "officials say, they will push for talks on a permanent peace deal."
    )
    assert not {"proposed", "negotiating"} & {o.status for o in found}, triples(found)
    check(
        observe,
        "Armenia and Azerbaijan will sign the truce on Sunday, officials said.",
        ("ARM+AZE", "general", "agreed"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first phase of the prisoner exchange between Kinshasa and the M23 "
            "took place on Tuesday.",
            ("COD+M23", "prisoner_exchange", "in_effect"),
        ),
        (
            "A swap of detainees between Israel and Hamas is expected to take place on Sunday.",
            ("HAMAS+ISR", "prisoner_exchange", "agreed"),
        ),
        # a relative clause declaring it over ends the agreement it follows
        (
            "The ceasefire between Thailand and Cambodia, which the army declared dead "
            "on Sunday, had lasted eleven days.",
            ("KHM+THA", "general", "collapsed"),
        ),
        # "Forces" in a name is no coercion ("forced them to accept")
        (
            "The army and the Rapid Support Forces have agreed to extend the humanitarian "
            "truce by 14 days.",
            ("RSF+SDN", "humanitarian", "extended"),
        ),
        (
            "The Israel Defense Forces agreed to a humanitarian pause with Hamas in Rafah.",
            ("HAMAS+ISR", "humanitarian", "agreed"),
        ),
        # a stance on this very offer stays one, whenever it was taken
        (
            "Russia proposed an all-for-all prisoner exchange with Ukraine. Kyiv has "
            "previously turned down that idea.",
            ("RUS+UKR", "prisoner_exchange", "rejected"),
        ),
        (
            "Hamas has rejected the ceasefire offer from Israel before the talks.",
            ("HAMAS+ISR", "general", "rejected"),
        ),
        (
            "Armenia said it “accepts in full” the ceasefire with Azerbaijan.",
            ("ARM+AZE", "general", "accepted"),
        ),
        (
            'Hamas said it "rejects outright" the truce with Israel.',
            ("HAMAS+ISR", "general", "rejected"),
        ),
        # a truce entering its nth week is in effect
        (
            "The truce between Armenia and Azerbaijan entered a fragile second week on Monday.",
            ("ARM+AZE", "general", "in_effect"),
        ),
        # proposing to extend is an offer, not an extension
        (
            "The truce between Armenia and Azerbaijan is due to expire on Friday. French "
            "officials have proposed extending it by a month.",
            ("ARM+AZE", "general", "proposed"),
        ),
    ],
)
def test_fresh_copy_wordings(observe: Observe, text: str, expected: tuple[str, str, str]) -> None:
    """Wordings the fresh timelines showed: events told by what happened, names ending in
    "Forces", a stance on this very offer, quoted stance verbs, a truce's life told
    indirectly."""
    check(observe, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky proposed halting all missile strikes on civilian infrastructure in Russia.",
        "Kyiv's proposal for a moratorium on strikes against civilian infrastructure was "
        "rejected by Russia.",
        "Ukraine called for a halt to attacks on civilian infrastructure by Russia.",
    ],
)
def test_a_pause_on_strikes_against_civilian_infrastructure_is_a_limited_one(
    observe: Observe, text: str
) -> None:
    assert {o.agreement.scope for o in observe(text)} == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia proposed a ceasefire of two to three days on parts of the front in Ukraine so that "
        "commanders could collect the dead.",
        "Ukraine proposed a two-day truce with Russia to recover the bodies of fallen soldiers.",
        "Hamas and Israel agreed a short truce in Gaza to retrieve the wounded.",
    ],
)
def test_a_truce_to_collect_the_dead_is_humanitarian(observe: Observe, text: str) -> None:
    assert {o.agreement.scope for o in observe(text)} == {"humanitarian"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine agreed to a truce for the exchange of prisoners and bodies.",
        "The first truce, brokered by Egypt on Oct. 10 for the swap of captives, was agreed "
        "by Israel and Hamas.",
        "Israel and Hamas agreed a two-day pause for the recovery of the dead.",
        "Sudan's army and the RSF agreed a three-day truce for the burial of their dead.",
    ],
)
def test_a_truce_for_a_swap_of_the_dead_or_captives_is_humanitarian(
    observe: Observe, text: str
) -> None:
    # The swap itself may be told as an exchange of its own; the truce is no general one.
    scopes = {o.agreement.scope for o in observe(text)}
    assert "humanitarian" in scopes and "general" not in scopes


def test_a_swap_the_text_provides_for_is_no_purpose_of_the_truce(observe: Observe) -> None:
    # "for the exchange" governed by another verb is that verb's, not the truce's purpose.
    found = observe(
        "Russia and Ukraine signed the deal. Besides the ceasefire and the withdrawal "
        "schedule, it provides for the exchange of prisoners and the bodies of the dead."
    )
    assert "humanitarian" not in {o.agreement.scope for o in found}


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Armenia and Azerbaijan agreed to silence their guns to let aid convoys through.",
            "humanitarian",
        ),
        ("Sudan's army and the RSF agreed on Friday to silence their weapons.", "general"),
        ("India and Pakistan have agreed to silence their artillery along the border.", "general"),
    ],
)
def test_agreeing_to_silence_ones_guns_is_a_ceasefire(
    observe: Observe, text: str, scope: str
) -> None:
    assert [(o.agreement.scope, o.status) for o in observe(text)] == [(scope, "agreed")]


@pytest.mark.parametrize(
    "text",
    [
        "Putin declared a three-day truce in Ukraine for humanitarian reasons.",
        "Armenia and Azerbaijan agreed to silence their guns on humanitarian grounds.",
    ],
)
def test_a_humanitarian_motive_is_no_humanitarian_scope(observe: Observe, text: str) -> None:
    # A reason given for a truce (as for most unilateral holiday truces) says why, not
    # what it is for: the truce is a general one.
    assert {o.agreement.scope for o in observe(text)} == {"general"}


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drones silenced Russian guns near Bakhmut.",
        "The army moved to silence the rebels' artillery on the ridge.",
    ],
)
def test_silencing_the_enemys_guns_is_no_ceasefire(observe: Observe, text: str) -> None:
    assert observe(text) == ()


# --- reopening roads and crossings: a humanitarian track --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yemen's government said it had accepted a UN proposal for the phased reopening "
            "of roads into Taiz, held by the Houthis.",
            ("HOUTHIS+YEM", "humanitarian", "accepted"),
        ),
        (
            "Israel and Hamas fought for months. Talks on opening more crossings into Gaza "
            "resumed in Cairo.",
            ("HAMAS+ISR", "humanitarian", "negotiating"),
        ),
        (
            "Israel and Hamas fought for months. The parties met in Cairo to discuss "
            "reopening the Rafah crossing.",
            ("HAMAS+ISR", "humanitarian", "negotiating"),
        ),
        (
            "The Houthis and Yemen's government fought for years. The parties will also "
            "meet under UN auspices to agree on opening roads in Taiz.",
            ("HOUTHIS+YEM", "humanitarian", "negotiating"),
        ),
    ],
)
def test_reopening_roads_and_crossings_is_a_humanitarian_track(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    check(observe, text, expected)


def test_roads_reopened_beside_talks_on_a_ceasefire_give_the_talks_no_scope(
    observe: Observe,
) -> None:
    found = observe(
        "Russia and Ukraine fought. Talks on a ceasefire resumed on Monday, officials "
        "said, as crews worked on reopening roads."
    )
    assert "humanitarian" not in {o.agreement.scope for o in found}, triples(found)


def test_officials_meeting_about_something_else_hold_no_talks(observe: Observe) -> None:
    found = observe("Israel and Hamas fought for months. Officials met to discuss the weather.")
    assert not found


# --- a release of detainees agreed: a prisoner deal -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthis and Yemen's government fought. Last month the government and the "
            "Houthis agreed in principle to release about 2,200 detainees.",
            ("HOUTHIS+YEM", "prisoner_exchange", "agreed"),
        ),
        (
            "Russia and Ukraine fought. Moscow and Kyiv agreed on Friday, after talks "
            "mediated by the UAE, to swap 150 prisoners each.",
            ("RUS+UKR", "prisoner_exchange", "agreed"),
        ),
        (
            "Russia and Ukraine fought. The detainee release agreed in March has not taken place.",
            ("RUS+UKR", "prisoner_exchange", "agreed"),
        ),
        (
            "Israel and Hamas fought. Israel said the hostage release agreed with Hamas was "
            "postponed.",
            ("HAMAS+ISR", "prisoner_exchange", "suspended"),
        ),
    ],
)
def test_a_release_of_detainees_agreed_is_a_prisoner_deal(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    check(observe, text, expected)


def test_both_sides_unnamed_still_act(observe: Observe) -> None:
    found = observe("Russia and Ukraine fought. Both sides swapped 84 prisoners on Friday.")
    assert ("RUS+UKR", "prisoner_exchange", "in_effect") in triples(found)


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan fought. Officials of the two sides met and exchanged updated "
        "lists of civilian prisoners.",
        "Russia and Ukraine fought. Both sides exchanged the names of detainees held.",
        "Armenia and Azerbaijan fought. The two sides exchanged fire near prisoners' camps.",
    ],
)
def test_exchanging_lists_or_fire_is_no_prisoner_exchange(observe: Observe, text: str) -> None:
    found = observe(text)
    assert "prisoner_exchange" not in {o.agreement.scope for o in found}, triples(found)


@pytest.mark.parametrize(
    ("text", "by"),
    [
        (
            "Israel and Hamas fought. Hamas said it had engaged positively with the truce "
            "proposal.",
            "HAMAS",
        ),
        ("Israel and Hamas fought. Israel reacted favourably to the Egyptian truce plan.", "ISR"),
        (
            "Russia and Ukraine fought. Kyiv responded constructively to the US ceasefire plan.",
            "UKR",
        ),
    ],
)
def test_engaging_positively_with_a_plan_accepts_it(observe: Observe, text: str, by: str) -> None:
    found = observe(text)
    assert ("accepted", by) in {(o.status, o.by) for o in found}, triples(found)


def test_a_promise_to_deal_positively_with_any_plan_accepts_none(observe: Observe) -> None:
    found = observe(
        "Israel and Hamas fought. Hamas said it would deal positively with any proposal "
        "that ended the war."
    )
    assert "accepted" not in {o.status for o in found}, triples(found)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine signed the grain deal in Istanbul on Friday.",
        "Moscow suspended its part in the Black Sea grain initiative with Kyiv.",
        "Russia pulled out of the grain corridor agreement with Ukraine on Monday.",
        "Moscow and Kyiv agreed a deal to let cargo ships sail from Odesa.",
        "Russia and Ukraine reached an arrangement that would allow Ukraine to export "
        "wheat by sea.",
        "Russia quit the deal with Ukraine, which had let Kyiv reopen its ports.",
    ],
)
def test_a_deal_that_lets_grain_or_ships_out_is_maritime(observe: Observe, text: str) -> None:
    assert "maritime" in {o.agreement.scope for o in observe(text)}, triples(observe(text))


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Israel and Hamas signed a deal to let aid trucks into Gaza.", "humanitarian"),
        ("Israel and Hamas agreed a ceasefire in the port city of Gaza on Sunday.", "general"),
        ("Russia and Ukraine agreed a deal that ends the fighting in Donbas.", "general"),
    ],
)
def test_a_clause_after_a_deal_gives_only_its_own_scope(
    observe: Observe, text: str, scope: str
) -> None:
    assert {o.agreement.scope for o in observe(text)} == {scope}, triples(observe(text))


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Ethiopia and the TPLF agreed a truce which would allow aid convoys to reach Tigray.",
            "humanitarian",
        ),
        (
            "Myanmar's army and the Arakan Army agreed a ceasefire that will let relief "
            "supplies into Rakhine.",
            "humanitarian",
        ),
        (
            "Ethiopia and the TPLF agreed a truce which would allow both armies to regroup.",
            "general",
        ),
    ],
)
def test_a_truce_that_would_let_aid_in_is_humanitarian(
    observe: Observe, text: str, scope: str
) -> None:
    assert {o.agreement.scope for o in observe(text)} == {scope}, triples(observe(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia said it objected to a further extension of the grain deal with Ukraine.",
            ("RUS+UKR", "maritime", "rejected"),
        ),
        (
            "Ukraine objected to the ceasefire proposed by Russia.",
            ("RUS+UKR", "general", "rejected"),
        ),
        (
            "Moscow did not object to another extension of the grain deal with Ukraine.",
            ("RUS+UKR", "maritime", "accepted"),
        ),
        (
            "Israel has not objected to the truce with Hamas, officials said.",
            ("HAMAS+ISR", "general", "accepted"),
        ),
    ],
)
def test_objecting_rejects_and_not_objecting_accepts(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    check(observe, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Peskov said the grain deal between Russia and Ukraine had ceased to be in effect.",
        "The ceasefire between Armenia and Azerbaijan ceased to apply on Friday.",
        "Russia let the grain deal with Ukraine expire on Monday.",
        "Israel and Hamas allowed the truce to lapse at midnight.",
        "Russia refused to renew the grain deal with Ukraine, letting the year-old "
        "arrangement that fed millions run out.",
    ],
)
def test_ceasing_to_apply_and_letting_it_lapse_is_expiry(observe: Observe, text: str) -> None:
    found = observe(text)
    assert "expired" in {o.status for o in found}, triples(found)
    assert "in_effect" not in {o.status for o in found}, triples(found)


def test_refusing_to_let_it_lapse_is_no_expiry(observe: Observe) -> None:
    found = observe("Russia will not let the truce with Ukraine expire, Peskov said.")
    assert "expired" not in {o.status for o in found}, triples(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia and Ukraine signed the deal in Istanbul on Friday. Officials said the grain "
            "corridor agreement would let ships leave Odesa.",
            ("RUS+UKR", "maritime", "agreed"),
        ),
        (
            "Kyiv accused Moscow of breaking the agreement with Ukraine on Monday. Ships kept "
            "sailing under the Black Sea grain deal.",
            ("RUS+UKR", "maritime", "violated"),
        ),
        (
            "Russia and Ukraine agreed the arrangement on Tuesday. It is the first energy "
            "truce of the war.",
            ("RUS+UKR", "energy_infrastructure", "agreed"),
        ),
    ],
)
def test_loose_deal_words_take_the_one_scope_the_article_names(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    check(observe, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas signed the deal in Doha on Friday. The ceasefire took effect on Sunday.",
        "Armenia and Azerbaijan signed the agreement on Friday. Prisoners will be exchanged "
        "under a separate prisoner swap deal.",
    ],
)
def test_loose_deal_words_stay_general_beside_a_ceasefire_or_a_swap(
    observe: Observe, text: str
) -> None:
    found = observe(text)
    assert ("agreed", "general") in {(o.status, o.agreement.scope) for o in found}, triples(found)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed to a ceasefire from noon so that the two sides can "
        "exchange prisoners and the bodies of the dead.",
        "Israel and Hamas agreed a truce so that both sides could swap the bodies of fighters.",
        "Sudan's army and the RSF agreed a pause in fighting to exchange captives in Darfur.",
    ],
)
def test_a_truce_for_swapping_prisoners_or_the_dead_is_humanitarian(
    observe: Observe, text: str
) -> None:
    assert "humanitarian" in {o.agreement.scope for o in observe(text)}, triples(observe(text))


def test_a_humanitarian_corridor_in_a_sea_corridor_story_is_maritime(observe: Observe) -> None:
    check(
        observe,
        "Russia and Ukraine signed the Black Sea grain deal in July. Moscow accused Kyiv of "
        "breaking the humanitarian corridor agreement with Russia. The corridor lets ships "
        "leave Odesa.",
        ("RUS+UKR", "maritime", "violated"),
    )


def test_a_humanitarian_corridor_beside_another_kind_of_truce_stays_humanitarian(
    observe: Observe,
) -> None:
    found = observe(
        "Russia and Ukraine agreed a humanitarian corridor for civilians leaving Mariupol. "
        "The energy truce between them collapsed on Monday."
    )
    assert ("RUS+UKR", "humanitarian", "agreed") in triples(found), triples(found)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine signed a ceasefire in the Black Sea city of Batumi on Friday.",
        "Armenia and Azerbaijan agreed to a truce at talks in the Black Sea resort of Sochi.",
        "Israel and Hamas agreed a truce at talks in the Red Sea city of Jeddah.",
    ],
)
def test_a_sea_naming_the_town_where_a_deal_is_made_gives_no_maritime_scope(
    observe: Observe, text: str
) -> None:
    assert {o.agreement.scope for o in observe(text)} == {"general"}


def test_a_black_sea_truce_is_still_maritime(observe: Observe) -> None:
    found = observe("Russia and Ukraine agreed on a Black Sea ceasefire on Tuesday.")
    assert {o.agreement.scope for o in found} == {"maritime"}


@pytest.mark.parametrize(
    "talks",
    [
        'The two countries also agreed to begin "substantive negotiations" on a peaceful '
        "settlement, mediated by the Minsk Group.",
        "The two countries also agreed to start talks on a political settlement of the conflict.",
        "Negotiations on the settlement of the conflict will resume in Geneva next week.",
    ],
)
def test_talks_on_a_settlement_beside_a_humanitarian_truce_are_general(
    observe: Observe, talks: str
) -> None:
    text = (
        "Armenia and Azerbaijan agreed to a humanitarian ceasefire from noon on Saturday to "
        "exchange prisoners. " + talks
    )
    found = {(o.agreement.scope, o.status) for o in observe(text)}
    assert ("general", "negotiating") in found
    assert ("humanitarian", "negotiating") not in found


def test_words_after_a_quoted_remark_are_not_the_agreement_phrase(observe: Observe) -> None:
    found = observe(
        "The ceasefire between India and Pakistan held on Tuesday. Pakistan's foreign minister "
        'said Pakistan was "open to any serious proposal" for lasting peace.'
    )
    assert "proposed" not in {o.status for o in found}


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Israel and Hezbollah signed an agreement on Saturday that could lead to the "
            "withdrawal of all Israeli troops from southern Lebanon.",
            "other",
        ),
        (
            "Israel and Hezbollah reached a deal which sets a timetable for the full withdrawal "
            "of Israeli forces.",
            "other",
        ),
        (
            "Israel and Hezbollah agreed a ceasefire that would see the withdrawal of Israeli "
            "troops within 60 days.",
            "general",
        ),
        (
            "Israel and Hezbollah agreed a ceasefire deal that provides for the withdrawal of "
            "Israeli troops from southern Lebanon.",
            "general",
        ),
    ],
)
def test_a_bare_deal_on_withdrawing_troops_is_no_truce_but_a_truce_stays_one(
    observe: Observe, text: str, scope: str
) -> None:
    assert {o.agreement.scope for o in observe(text)} == {scope}


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Sudan's army and the RSF signed an agreement on Sunday to integrate the RSF's "
            "units into the regular army within two years.",
            "other",
        ),
        (
            "Mozambique's government and RENAMO signed a deal to bring the movement's "
            "fighters under the command of the national army.",
            "other",
        ),
        (
            "The Colombian government and the FARC reached an accord to fold the rebels' "
            "political structures into the state.",
            "other",
        ),
        (
            "Sudan's army and the RSF signed an agreement on Sunday to bring the fighting "
            "in Khartoum to an end.",
            "general",
        ),
    ],
)
def test_a_deal_to_merge_a_sides_forces_into_the_state_is_no_truce(
    observe: Observe, text: str, scope: str
) -> None:
    assert {o.agreement.scope for o in observe(text)} == {scope}


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu called on Hamas to convert the current lull into a lasting ceasefire.",
        "Israel's army has held its fire for a week, and Netanyahu urged Hamas to turn it into "
        "a permanent ceasefire.",
        "Israel asked Hamas to make the recent calm into a full ceasefire.",
    ],
)
def test_asking_a_side_to_turn_a_quiet_into_a_ceasefire_proposes_one(
    observe: Observe, text: str
) -> None:
    assert ("HAMAS+ISR", "general", "proposed") in triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "The deal opens the way to negotiations between Israel and Hamas.",
        "The deal could open the way to negotiations between Israel and Hamas.",
        "The prisoner swap is paving the way for negotiations between Israel and Hamas.",
    ],
)
def test_talks_an_event_would_make_possible_are_not_under_way(observe: Observe, text: str) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Colombia and the ELN signed a ceasefire in Havana on Monday after five months of talks.",
        "Ethiopia and the TPLF signed a truce on Friday, following nearly two years of "
        "negotiations.",
        "Armenia and Azerbaijan agreed a ceasefire after several weeks of indirect talks.",
    ],
)
def test_weeks_of_talks_that_an_agreement_came_after_are_not_under_way(
    observe: Observe, text: str
) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed a ceasefire after ten hours of talks in Moscow.",
        "Colombia and the ELN began five months of talks on a ceasefire in Havana.",
    ],
)
def test_hours_of_talks_or_talks_opening_for_months_are_still_news(
    observe: Observe, text: str
) -> None:
    assert any(o.status == "negotiating" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ELN declared a truce. Its commander urged Bogota to seize the moment by opening "
        "peace talks without conditions.",
        "Colombia and the ELN agreed a truce. Petro said it was time for the ELN to begin "
        "direct talks with the government.",
        "Hamas said it would restore its ceasefire, clearing the way for its negotiators to "
        "enter the Cairo talks next month.",
        "The M23 declared a truce and called on Kinshasa to move quickly to set a date for "
        "peace talks.",
    ],
)
def test_talks_a_call_asks_for_in_an_infinitive_are_not_held(observe: Observe, text: str) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


def test_talks_named_while_asking_not_to_be_named_are_still_held(observe: Observe) -> None:
    text = (
        "Israel and Hamas held talks on a truce in Cairo, an official said, asking not to be "
        "named because the talks were confidential."
    )
    assert ("HAMAS+ISR", "general", "negotiating") in triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine swapped 390 prisoners each on Friday in the first stage of the "
        "exchange agreed at their talks in Istanbul last week.",
        "Armenia and Azerbaijan released prisoners under the deal reached at the second round "
        "of talks in Moscow.",
        "Yemen's government and the Houthis freed detainees under a deal struck during the "
        "talks in Geneva.",
    ],
)
def test_talks_where_an_agreement_was_made_are_not_under_way(observe: Observe, text: str) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


def test_talks_where_a_deal_is_sought_are_still_under_way(observe: Observe) -> None:
    text = "Armenia and Azerbaijan held talks in Moscow on a prisoner exchange."
    assert "negotiating" in {o.status for o in observe(text)}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Sudan's army and the RSF signed a humanitarian truce on Monday. The AU wants "
            "political talks to start in July.",
            "RSF+SDN",
        ),
        (
            "Colombia and the ELN agreed a humanitarian truce on Monday. Norway proposed "
            "political negotiations on the future of the region in July.",
            "COL+ELN",
        ),
    ],
)
def test_political_talks_after_a_humanitarian_truce_are_about_the_whole_war(
    observe: Observe, text: str, key: str
) -> None:
    assert (key, "general", "proposed") in triples(observe(text))


def test_bare_talks_after_a_humanitarian_truce_keep_its_scope(observe: Observe) -> None:
    text = (
        "Sudan's army and the RSF signed a humanitarian truce on Monday. The AU wants talks "
        "on extending it to start in July."
    )
    assert ("RSF+SDN", "humanitarian", "proposed") in triples(observe(text))


def test_talks_under_way_after_the_way_was_opened_still_are(observe: Observe) -> None:
    text = "Israel and Hamas began peace talks in Cairo on Monday, after the truce opened the way."
    assert ("HAMAS+ISR", "general", "negotiating") in triples(observe(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India and Pakistan agreed a six-hour pause in shelling on Friday. On Saturday "
            "Delhi agreed to extend the lull by two hours.",
            ("IND+PAK", "general", "extended"),
        ),
        (
            "Russia and Ukraine agreed a short pause in fighting near the plant. Kyiv said its "
            "troops would respect the lull.",
            ("RUS+UKR", "general", "accepted"),
        ),
        (
            "Israel and Hamas began a four-hour humanitarian pause at noon. Rocket fire broke "
            "the lull within an hour.",
            ("HAMAS+ISR", "humanitarian", "violated"),
        ),
    ],
)
def test_the_lull_refers_back_to_the_pause_just_named(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    check(observe, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling between Russia and Ukraine resumed on Monday after a brief lull in fighting.",
        "After a lull, Israeli jets struck Hamas positions in Gaza again.",
    ],
)
def test_a_lull_with_no_agreement_named_is_no_agreement(observe: Observe, text: str) -> None:
    assert not observe(text)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed a ceasefire on Monday. Baku said it was committed to "
        "implementing the ceasefire.",
        "India and Pakistan agreed a truce on Friday. Both sides restated their commitment to "
        "implementing the truce.",
    ],
)
def test_a_commitment_to_implement_a_deal_is_no_news_that_it_is_in_force(
    observe: Observe, text: str
) -> None:
    assert all(o.status != "in_effect" for o in observe(text))


def test_a_deal_being_implemented_is_in_force(observe: Observe) -> None:
    text = "Armenia and Azerbaijan agreed a ceasefire on Monday. Both sides are implementing it."
    assert ("ARM+AZE", "general", "in_effect") in triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israel agreed on Sunday to suspend air strikes on southern Lebanon for 48 hours. "
        "The suspension began at dawn and is meant to let civilians leave the south.",
        "Russia told Ukraine it would halt its shelling of Mariupol for two days. It is meant "
        "to allow residents to flee the city.",
        "Israel agreed to a halt in air strikes on Gaza for 24 hours. The pause should let "
        "aid convoys in, so the wounded can be evacuated.",
    ],
)
def test_a_halt_of_one_kind_of_attack_takes_its_purpose_from_the_next_sentence(
    observe: Observe, text: str
) -> None:
    # The sentence after it opens with words that refer back to the halt, and its purpose
    # clause is the halt's: a humanitarian pause, not a general truce.
    assert {o.agreement.scope for o in observe(text)} == {"humanitarian"}, triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israel agreed to suspend air strikes on Lebanon for 48 hours to let civilians leave.",
        "Russia told Ukraine it would stop shelling Kharkiv for a day so the wounded can be "
        "evacuated.",
        "The Houthis and the Yemeni army agreed to halt shelling on Marib for six hours to allow "
        "trapped families to escape.",
    ],
)
def test_a_purpose_of_letting_civilians_out_is_humanitarian(observe: Observe, text: str) -> None:
    assert {o.agreement.scope for o in observe(text)} == {"humanitarian"}, triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        # a halt of all fighting: the purpose is a motive of the truce
        "Russia and Ukraine agreed to halt all fighting for three days. The truce is meant "
        "to let civilians leave Mariupol.",
        # the next sentence does not refer back to the halt
        "Israel agreed to suspend air strikes on Lebanon for 48 hours. Aid agencies hope the roads "
        "will let civilians leave the south.",
        # the fighters leave, not civilians
        "Turkey agreed to pause its air strikes on the YPG for 120 hours. The pause is meant "
        "to let Kurdish fighters leave the border strip.",
        # a truce of all fighting with the same purpose in its own sentence
        "The UN called for a ceasefire of three days between the army and the RSF, so that "
        "civilians could escape the combat zones.",
    ],
)
def test_a_purpose_in_the_next_sentence_leaves_other_halts_general(
    observe: Observe, text: str
) -> None:
    assert "humanitarian" not in {o.agreement.scope for o in observe(text)}, triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army agreed to a six-hour ceasefire with the RSF to let civilians leave the "
        "besieged city of El Fasher.",
        "Russia declared a ceasefire with Ukraine on Friday and published routes out of Kharkiv "
        "and Sumy.",
        "Ukraine said Russian forces had shelled the route out of Izium, violating the truce.",
        "Israel and Hamas agreed a four-hour truce along a corridor from Gaza City to the south.",
        "The Rafah evacuation was halted as a local ceasefire between Israel and Hamas fell apart.",
    ],
)
def test_a_truce_tied_to_a_corridor_or_getting_people_out_of_a_place_is_humanitarian(
    observe: Observe, text: str
) -> None:
    # The local ceasefire a corridor needs, told in its own sentence: humanitarian.
    assert {o.agreement.scope for o in observe(text)} == {"humanitarian"}, triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        # a motive with no place to leave
        "The RSF approved a 24-hour truce with the army to ensure the safe passage of civilians "
        "and the evacuation of the wounded.",
        "Armenia and Azerbaijan agreed a ceasefire so that residents could escape the fighting.",
        # a truce named before: "the truce" keeps its scope
        "Israel and Hamas agreed a truce on Sunday. Aid groups said the truce would open "
        "humanitarian corridors and let families reach Khan Younis.",
        # evacuation orders are no corridor
        "Israel issued evacuation orders for Rafah a day after the ceasefire with Hamas collapsed.",
        # said to be general
        "Russia and Ukraine agreed a full ceasefire and new corridors out of Mariupol.",
    ],
)
def test_a_truce_beside_a_motive_or_a_named_truce_stays_general(
    observe: Observe, text: str
) -> None:
    assert "humanitarian" not in {o.agreement.scope for o in observe(text)}, triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Duterte declared a ceasefire with the NPA on Monday, and the armed forces ordered "
        "units to stand down the same night.",
        "Colombia declared a truce with the ELN, and the army ordered its battalions to "
        "stand down.",
    ],
)
def test_forces_ordered_to_stand_down_put_the_truce_in_force(observe: Observe, text: str) -> None:
    assert "in_effect" in {o.status for o in observe(text)}, triples(observe(text))


def test_standing_down_from_an_office_is_no_truce(observe: Observe) -> None:
    assert observe("The NPA called on Duterte to stand down as president.") == ()


def test_the_time_an_end_takes_effect_is_no_start_still_ahead(observe: Observe) -> None:
    # "effective 7 p.m. today" dates the lifting; the stand-down days before still happened.
    found = observe(
        "Colombia lifted its truce with the ELN effective 7 p.m. today. It declared the truce "
        "on Monday, and the army ordered its battalions to stand down the same night."
    )
    assert {"collapsed", "in_effect"} <= {o.status for o in found}, triples(found)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The Saudi-led coalition extended its ceasefire with the Houthis by a month.", 30.0),
        ("Russia and Ukraine agreed to extend the grain deal by two months.", 60.0),
        ("Israel and Hamas extended the truce by 48 hours.", 2.0),
    ],
)
def test_an_extension_by_a_length_adds_that_length(
    observe: Observe, text: str, days: float
) -> None:
    found = [o for o in observe(text) if o.status == "extended"]
    assert [o.agreement.duration_days for o in found] == [days], found


def test_the_time_an_extension_adds_is_not_the_truce_length(observe: Observe) -> None:
    # The truce named again after the extension keeps no length of the extension's.
    found = observe(
        "Israel and Hamas agreed to extend the truce by 48 hours. The truce took effect on "
        "Friday, mediators said."
    )
    assert [o.agreement.duration_days for o in found if o.status == "in_effect"] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas declared on Friday that the six-month calm with Israel was over.",
            ("HAMAS+ISR", "general", "collapsed"),
        ),
        (
            "Israel and Hamas agreed to an Egyptian truce last week. The calm, which took "
            "effect on Thursday, has brought the quietest days in months.",
            ("HAMAS+ISR", "general", "in_effect"),
        ),
        (
            "Egypt brokered a tahdiyeh between Israel and Hamas, which took effect on Thursday.",
            ("HAMAS+ISR", "general", "in_effect"),
        ),
        (
            "Russia and Ukraine agreed a pause in shelling near the plant. Kyiv accused Moscow "
            "of breaking the calm within hours.",
            ("RUS+UKR", "general", "violated"),
        ),
    ],
)
def test_the_calm_names_a_truce(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    check(observe, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to a truce last week. The UN urged residents to remain calm.",
        "Israel and Hamas agreed to a truce last week. Egypt tried to calm tensions in Gaza.",
        "Israel and Hamas agreed to a truce last week. It was a calm morning in Sderot.",
        "Israel and Hamas agreed to a truce last week. After three days of calm, rockets fell.",
        "Israel and Hamas agreed to a truce last week. The envoy called for calm on Sunday.",
    ],
)
def test_calm_as_a_mood_or_a_verb_adds_nothing(observe: Observe, text: str) -> None:
    assert triples(observe(text)) == {("HAMAS+ISR", "general", "agreed")}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to a truce in June. Hamas accused Israel of breaking it, "
        "although it stopped short of saying the calm was over.",
        "Israel and Hamas agreed to a truce in June. Hamas stops short of declaring the "
        "ceasefire dead.",
    ],
)
def test_stopping_short_of_declaring_an_end_ends_nothing(observe: Observe, text: str) -> None:
    assert all(o.status != "collapsed" for o in observe(text))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Qatar said a truce between Israel and Hamas would apply from Sunday.", "agreed"),
        (
            "The White House said a humanitarian truce between the army and the RSF would apply "
            "for two weeks from midnight on Friday.",
            "agreed",
        ),
        ("The truce between Armenia and Azerbaijan applied from 6 a.m. on Monday.", "in_effect"),
    ],
)
def test_a_truce_that_applies_from_a_time_starts_then(
    observe: Observe, text: str, status: str
) -> None:
    # "would apply from" is a start to come (agreed), "applied from" a start that came.
    assert status in {o.status for o in observe(text)}, triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Qatar, which had worked on the truce between Israel and Hamas for months, said it "
        "took effect on Sunday.",
        "Turkey, which had worked out the deal between Russia and Ukraine with the UN, said "
        "the truce took effect on Friday.",
    ],
)
def test_a_mediator_who_had_worked_on_a_truce_tells_its_making_not_talks(
    observe: Observe, text: str
) -> None:
    # The past perfect puts the work before the news: background, no talks going on.
    assert "negotiating" not in {o.status for o in observe(text)}, triples(observe(text))


def test_a_mediator_working_on_a_truce_still_negotiates(observe: Observe) -> None:
    check(
        observe,
        "Qatar is working on a truce between Israel and Hamas.",
        ("HAMAS+ISR", "general", "negotiating"),
    )


def test_what_a_truce_applies_to_is_no_start(observe: Observe) -> None:
    text = "The truce between Israel and Hamas applies to all of Gaza."
    assert not observe(text), triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "A truce between Israel and Hamas will take effect in and around the Gaza Strip at "
        "6 a.m. (0300 GMT) on Thursday, officials said.",
        "A truce between Russia and Ukraine will take effect along the front line at "
        "noon on Thursday, officials said.",
    ],
)
def test_a_place_between_the_start_word_and_its_time_keeps_the_start(
    observe: Observe, text: str
) -> None:
    found = [o for o in observe(text) if o.status == "agreed"]
    assert found
    assert found[0].agreement.starts is not None
    assert found[0].agreement.starts.weekday() == 3


@pytest.mark.parametrize(
    "text",
    [
        "A truce between Israel and Hamas, brokered by Egypt after months of indirect "
        "contacts, will take effect on Thursday.",
        "The Taliban and the United States signed a deal after two years of talks in Doha.",
        "A truce between Russia and Ukraine, reached after weeks of indirect contacts, will "
        "take effect on Monday.",
    ],
)
def test_talks_told_as_what_led_to_a_deal_are_no_talks_now(observe: Observe, text: str) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hamas accepted the Egyptian truce proposal. Israel did not announce the arrangement "
        "formally, but an official confirmed that Israel would observe the calm.",
        "Russia and Ukraine reached a truce on Monday. Moscow has not declared the truce publicly.",
    ],
)
def test_not_announcing_an_agreement_is_no_refusal(observe: Observe, text: str) -> None:
    assert all(o.status != "rejected" for o in observe(text))


def test_refusing_an_agreement_is_still_a_rejection(observe: Observe) -> None:
    text = "Hamas offered a truce. Israel did not agree to the truce."
    assert ("HAMAS+ISR", "general", "rejected") in triples(observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hamas announced a one-week ceasefire. Israel's halt to fire began at 2 a.m. on Sunday.",
        "Israel's unilateral halt to its 22-day offensive in Gaza took effect on Sunday.",
        "Russia said the halt to its offensive near Kharkiv took effect at noon, Ukraine said.",
    ],
)
def test_a_halt_to_fire_or_an_offensive_is_a_pause(observe: Observe, text: str) -> None:
    found = [o for o in observe(text) if o.status == "in_effect"]
    assert found
    assert all(o.agreement.duration_days != 22 for o in found)  # the offensive's length


def test_the_length_of_a_war_is_not_the_truces(observe: Observe) -> None:
    text = "Israel and Hamas agreed to a three-day truce to end the 22-day war."
    assert {o.agreement.duration_days for o in observe(text)} == {3.0}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt proposed a truce between Israel and Hamas. A Hamas commander said the "
        "movement's leadership would discuss the offer but had given no new orders.",
        "Russia proposed a truce in the Black Sea. Kyiv said it will discuss the proposal "
        "in the cabinet on Monday.",
    ],
)
def test_one_side_weighing_an_offer_is_no_negotiation(observe: Observe, text: str) -> None:
    assert all(o.status != "negotiating" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt proposed a truce between Israel and Hamas. Hamas will discuss the offer with "
        "Israeli envoys in Cairo.",
        "Russia and Ukraine will discuss a ceasefire in Istanbul next week.",
    ],
)
def test_discussing_an_offer_with_the_other_side_is_negotiation(
    observe: Observe, text: str
) -> None:
    assert any(o.status == "negotiating" for o in observe(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas observe a ceasefire. Officials said last week that a deal on an "
        "18-month truce was within reach.",
        "Officials in Cairo said a truce between Israel and Hamas is now within reach.",
    ],
)
def test_a_deal_told_as_within_reach_is_under_negotiation(observe: Observe, text: str) -> None:
    assert ("HAMAS+ISR", "general", "negotiating") in triples(observe(text))


def test_a_place_within_reach_is_no_deal(observe: Observe) -> None:
    text = "Israel and Hamas observe a ceasefire. New rockets put Tel Aviv within reach of Gaza."
    assert all(o.status != "negotiating" for o in observe(text))


# --- a supposition is not a stance --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian official said the idea that Kyiv would agree to a ceasefire with Russia "
        "was absurd.",
        "Thai officials said the notion that Cambodia would accept a truce was wishful thinking.",
        "An Indian diplomat said the suggestion that New Delhi would agree to a ceasefire with "
        "Pakistan was false.",
    ],
)
def test_what_an_idea_supposes_is_no_stance(observe: Observe, text: str) -> None:
    found = observe(text)
    assert not {"agreed", "accepted"} & {o.status for o in found}, triples(found)


def test_what_a_side_says_it_would_do_is_still_its_stance(observe: Observe) -> None:
    # the reported "would" with no supposition before it keeps its stance
    check(
        observe,
        "A Ukrainian official said Kyiv would agree to a ceasefire with Russia.",
        ("RUS+UKR", "general", "agreed"),
    )


# --- a halt told in the future but effective at once ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thai officials said the army would stop the bombings, effective immediately, after "
        "talks with Cambodia.",
        "Thailand said it would halt strikes on Cambodia, effective immediately.",
        "Thailand said it would halt strikes on Cambodia with immediate effect.",
    ],
)
def test_a_halt_effective_immediately_is_in_effect(observe: Observe, text: str) -> None:
    check(observe, text, ("KHM+THA", "general", "in_effect"))


@pytest.mark.parametrize(
    "text",
    [
        # a later event sets the start, or no start is told: a commitment only
        "Thailand said it would halt strikes on Cambodia, effective immediately after the signing.",
        "Thailand said it would halt strikes on Cambodia from Friday.",
    ],
)
def test_a_halt_with_a_start_to_come_is_agreed(observe: Observe, text: str) -> None:
    found = observe(text)
    assert "in_effect" not in {o.status for o in found}, triples(found)
    check(observe, text, ("KHM+THA", "general", "agreed"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colombia's government said the truce with the ELN was, in effect, over.",
            ("COL+ELN", "general", "collapsed"),
        ),
        (
            "Hamas said the ceasefire with Israel is, for now, finished.",
            ("HAMAS+ISR", "general", "collapsed"),
        ),
        (
            "Russia said the grain deal with Ukraine was, to all intents and purposes, dead.",
            ("RUS+UKR", "maritime", "collapsed"),
        ),
    ],
)
def test_an_aside_between_the_verb_and_over_still_ends_the_truce(
    observe: Observe, text: str, expected: tuple[str, str, str]
) -> None:
    check(observe, text, expected)


def test_an_aside_before_another_word_than_over_ends_nothing(observe: Observe) -> None:
    found = observe("Colombia's government said the truce with the ELN was, it seems, holding.")
    assert "collapsed" not in {o.status for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to a truce in June. The army chief said Hamas had rearmed, "
        "but he did not say the truce had been broken.",
        "Russia and Ukraine agreed to a ceasefire on Friday. Kyiv does not claim the "
        "ceasefire was violated.",
    ],
)
def test_not_saying_an_agreement_was_broken_breaks_nothing(observe: Observe, text: str) -> None:
    assert all(o.status != "violated" for o in observe(text))


def test_saying_an_agreement_was_broken_still_does(observe: Observe) -> None:
    text = (
        "Israel and Hamas agreed to a truce in June. The army chief said the truce had been broken."
    )
    assert any(o.status == "violated" for o in observe(text))
