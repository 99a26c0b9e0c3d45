"""The ESF+ common indicators for participants (Regulation (EU) 2021/1057, Annex I), as data.

Each indicator has a stable key (the key of :class:`~vauhdittamo.services.reporting.figures.Indicator`),
an English source label for the screen (``QT_TRANSLATE_NOOP("indicators", …)``), a Finnish label for the
funder's workbook, and its rule: which values of which ``project_participant`` column count. The rule is
plain data (:class:`Rule`), turned into SQL by :func:`condition` over any selectable holding the
participant columns (the table, an alias or a subquery), so the screen, the workbook and the tests read
one definition.

Three groups, each over one row per person (see :mod:`.queries` for how that row is chosen):

* :data:`OUTPUT_INDICATORS` — participants who **entered** in the period, by their entry data. The
  regulation's age bands (below 18, 18–29, 55 and over) come from the age band saved at entry.
  "Inactive, not in education or training" is not in Annex I of 2021/1057 (it was in the 2014–2020
  Annex); it is kept because the entry data records it and the national system may still ask for it,
  and "inactive" counts both inactive answers.
* :data:`RESULT_INDICATORS` — the immediate results: participants who **exited** in the period, by
  their situation at exit (:class:`~vauhdittamo.models.ExitOutcome`). The four of Annex I come first;
  the other situations follow so that the rows add up to the leavers.
* :data:`FOLLOW_UP_INDICATORS` — the longer-term results six months after leaving: participants whose
  exit date plus six months falls in the period (and not after today): those are the follow-ups *due*
  in the period, so a payment claim reports the same people whatever day the coach recorded the
  follow-up; those not yet followed up are counted as missing.

Official indicator codes (EECO…/EECR…) are not given: only two of them could be checked against a
source here, and a wrong code in a funder's report is worse than none.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, true

from vauhdittamo.errors import QT_TRANSLATE_NOOP
from vauhdittamo.models import AgeBand, Answer, EducationLevel, ExitOutcome, Gender, LabourStatus


class IndicatorGroup(enum.StrEnum):
    OUTPUT = "output"  # entry data of participants who entered
    RESULT = "result"  # situation at exit of participants who exited
    FOLLOW_UP = "follow_up"  # six months after the exit


@dataclass(frozen=True)
class Rule:
    """Rows whose *column* holds one of *values* count (``None`` in *values* matches an empty column)."""

    column: str
    values: tuple[str | None, ...]


@dataclass(frozen=True)
class IndicatorDef:
    key: str
    group: IndicatorGroup
    label: str  # English source text, context "indicators"
    label_fi: str  # for the funder's workbook (Finnish whatever the interface language)
    rule: Rule | None  # None: every row of the group counts (the total)


def _def(key: str, group: IndicatorGroup, label: str, label_fi: str, rule: Rule | None) -> IndicatorDef:
    return IndicatorDef(key, group, label, label_fi, rule)


def _in(column: str, *values: enum.StrEnum | None) -> Rule:
    return Rule(column, tuple(None if v is None else v.value for v in values))


_O, _R, _F = IndicatorGroup.OUTPUT, IndicatorGroup.RESULT, IndicatorGroup.FOLLOW_UP

OUTPUT_INDICATORS: tuple[IndicatorDef, ...] = (
    _def("participants", _O, QT_TRANSLATE_NOOP("indicators", "Total number of participants"),
         "Osallistujat yhteensä", None),
    _def("unemployed", _O, QT_TRANSLATE_NOOP("indicators", "Unemployed, including long-term unemployed"),
         "Työttömät, myös pitkäaikaistyöttömät",
         _in("labour_status", LabourStatus.UNEMPLOYED, LabourStatus.LONG_TERM_UNEMPLOYED)),
    _def("long_term_unemployed", _O, QT_TRANSLATE_NOOP("indicators", "Long-term unemployed"),
         "Pitkäaikaistyöttömät", _in("labour_status", LabourStatus.LONG_TERM_UNEMPLOYED)),
    _def("inactive", _O, QT_TRANSLATE_NOOP("indicators", "Inactive"), "Työvoiman ulkopuolella olevat",
         _in("labour_status", LabourStatus.INACTIVE, LabourStatus.INACTIVE_NOT_IN_EDUCATION)),
    _def("inactive_not_in_education", _O,
         QT_TRANSLATE_NOOP("indicators", "Inactive, not in education or training"),
         "Työvoiman ulkopuolella olevat, jotka eivät ole koulutuksessa",
         _in("labour_status", LabourStatus.INACTIVE_NOT_IN_EDUCATION)),
    _def("employed", _O, QT_TRANSLATE_NOOP("indicators", "Employed, including self-employed"),
         "Työlliset, myös yrittäjät", _in("labour_status", LabourStatus.EMPLOYED)),
    _def("below_18", _O, QT_TRANSLATE_NOOP("indicators", "Below 18 years of age"), "Alle 18-vuotiaat",
         _in("age_band", AgeBand.UNDER_18)),
    _def("age_18_29", _O, QT_TRANSLATE_NOOP("indicators", "Young people between 18 and 29 years of age"),
         "18–29-vuotiaat", _in("age_band", AgeBand.AGE_18_29)),
    _def("age_55_plus", _O, QT_TRANSLATE_NOOP("indicators", "55 years of age and above"),
         "55 vuotta täyttäneet", _in("age_band", AgeBand.AGE_55_PLUS)),
    _def("isced_0_2", _O, QT_TRANSLATE_NOOP("indicators", "Lower secondary education or less (ISCED 0–2)"),
         "Enintään perusasteen koulutus (ISCED 0–2)", _in("education_level", EducationLevel.ISCED_0_2)),
    _def("isced_3_4", _O,
         QT_TRANSLATE_NOOP("indicators", "Upper secondary or post-secondary education (ISCED 3–4)"),
         "Toisen asteen tai sen jälkeinen koulutus (ISCED 3–4)", _in("education_level", EducationLevel.ISCED_3_4)),
    _def("isced_5_8", _O, QT_TRANSLATE_NOOP("indicators", "Tertiary education (ISCED 5–8)"),
         "Korkea-asteen koulutus (ISCED 5–8)", _in("education_level", EducationLevel.ISCED_5_8)),
    _def("disability", _O, QT_TRANSLATE_NOOP("indicators", "Participants with disabilities"),
         "Osallistujat, joilla on vamma", _in("disability", Answer.YES)),
    _def("third_country_national", _O, QT_TRANSLATE_NOOP("indicators", "Third-country nationals"),
         "Kolmansien maiden kansalaiset", _in("third_country_national", Answer.YES)),
    _def("foreign_background", _O, QT_TRANSLATE_NOOP("indicators", "Participants with a foreign background"),
         "Ulkomaalaistaustaiset osallistujat", _in("foreign_background", Answer.YES)),
    _def("minority", _O,
         QT_TRANSLATE_NOOP("indicators", "Minorities (including marginalised communities such as the Roma)"),
         "Vähemmistöt (myös marginalisoidut yhteisöt, kuten romanit)", _in("minority", Answer.YES)),
    _def("homeless", _O, QT_TRANSLATE_NOOP("indicators", "Homeless or affected by housing exclusion"),
         "Asunnottomat tai asuntomarkkinoilta syrjäytyneet", _in("homeless", Answer.YES)),
    _def("rural", _O, QT_TRANSLATE_NOOP("indicators", "Participants from rural areas"),
         "Maaseutualueilla asuvat osallistujat", _in("rural", Answer.YES)),
)

RESULT_INDICATORS: tuple[IndicatorDef, ...] = (
    _def("leavers", _R, QT_TRANSLATE_NOOP("indicators", "Participants who left"),
         "Osallistumisen päättäneet yhteensä", None),
    _def("job_searching", _R, QT_TRANSLATE_NOOP("indicators", "Engaged in job searching upon leaving"),
         "Työnhakijana osallistumisen päättyessä", _in("exit_outcome", ExitOutcome.JOB_SEARCHING)),
    _def("in_education", _R, QT_TRANSLATE_NOOP("indicators", "In education or training upon leaving"),
         "Koulutuksessa osallistumisen päättyessä", _in("exit_outcome", ExitOutcome.EDUCATION)),
    _def("qualification", _R, QT_TRANSLATE_NOOP("indicators", "Gaining a qualification upon leaving"),
         "Tutkinnon tai pätevyyden saaneet osallistumisen päättyessä",
         _in("exit_outcome", ExitOutcome.QUALIFICATION)),
    _def("employed_on_leaving", _R,
         QT_TRANSLATE_NOOP("indicators", "In employment, including self-employment, upon leaving"),
         "Työssä (myös yrittäjänä) osallistumisen päättyessä", _in("exit_outcome", ExitOutcome.EMPLOYMENT)),
    _def("inactive_on_leaving", _R, QT_TRANSLATE_NOOP("indicators", "Inactive upon leaving"),
         "Työvoiman ulkopuolella osallistumisen päättyessä", _in("exit_outcome", ExitOutcome.INACTIVE)),
    _def("rehabilitation", _R, QT_TRANSLATE_NOOP("indicators", "In rehabilitation upon leaving"),
         "Kuntoutuksessa osallistumisen päättyessä", _in("exit_outcome", ExitOutcome.REHABILITATION)),
    _def("pension", _R, QT_TRANSLATE_NOOP("indicators", "Retired on a pension upon leaving"),
         "Eläkkeellä osallistumisen päättyessä", _in("exit_outcome", ExitOutcome.PENSION)),
    _def("other", _R, QT_TRANSLATE_NOOP("indicators", "Other situation upon leaving"),
         "Muu tilanne osallistumisen päättyessä", _in("exit_outcome", ExitOutcome.OTHER)),
    _def("unknown", _R, QT_TRANSLATE_NOOP("indicators", "Situation upon leaving not known"),
         "Tilanne osallistumisen päättyessä ei tiedossa", _in("exit_outcome", ExitOutcome.UNKNOWN, None)),
)

FOLLOW_UP_INDICATORS: tuple[IndicatorDef, ...] = (
    _def("follow_up_due", _F, QT_TRANSLATE_NOOP("indicators", "Six months since leaving"),
         "Kuusi kuukautta osallistumisen päättymisestä", None),
    _def("employed_6m", _F,
         QT_TRANSLATE_NOOP("indicators", "In employment, including self-employment, six months after leaving"),
         "Työssä (myös yrittäjänä) kuusi kuukautta osallistumisen päättymisen jälkeen",
         _in("follow_up_employed", Answer.YES)),
    _def("improved_6m", _F,
         QT_TRANSLATE_NOOP("indicators", "With an improved labour market situation six months after leaving"),
         "Työmarkkina-asema parantunut kuusi kuukautta osallistumisen päättymisen jälkeen",
         _in("follow_up_improved", Answer.YES)),
    _def("follow_up_missing", _F, QT_TRANSLATE_NOOP("indicators", "Follow-up not recorded"),
         "Seurantaa ei kirjattu", Rule("follow_up_on", (None,))),
)

ALL_INDICATORS: tuple[IndicatorDef, ...] = OUTPUT_INDICATORS + RESULT_INDICATORS + FOLLOW_UP_INDICATORS
BY_KEY: dict[str, IndicatorDef] = {d.key: d for d in ALL_INDICATORS}

# The gender values in the order of ByGender's fields.
GENDERS: tuple[str, ...] = tuple(g.value for g in Gender)

# Finnish words for the workbook.
GENDER_FI: dict[str, str] = {
    Gender.WOMAN: "Naiset", Gender.MAN: "Miehet", Gender.NON_BINARY: "Muunsukupuoliset",
    Gender.NOT_TOLD: "Ei kerrottu",
}
GROUP_FI: dict[IndicatorGroup, str] = {
    IndicatorGroup.OUTPUT: "Aloittaneiden osallistujien tiedot",
    IndicatorGroup.RESULT: "Välittömät tulokset (osallistumisen päättyessä)",
    IndicatorGroup.FOLLOW_UP: "Pitemmän aikavälin tulokset (kuusi kuukautta päättymisen jälkeen)",
}
GROUP_LABELS: dict[IndicatorGroup, str] = {
    IndicatorGroup.OUTPUT: QT_TRANSLATE_NOOP("indicators", "Participants who entered"),
    IndicatorGroup.RESULT: QT_TRANSLATE_NOOP("indicators", "Immediate results (upon leaving)"),
    IndicatorGroup.FOLLOW_UP: QT_TRANSLATE_NOOP("indicators", "Longer-term results (six months after leaving)"),
}


def condition(indicator: IndicatorDef, columns: Mapping[str, Any]) -> ColumnElement[bool]:
    """*indicator*'s rule as SQL over *columns* (e.g. ``ProjectParticipant.__table__.c`` or ``subquery.c``)."""
    if indicator.rule is None:
        return true()
    return rule_condition(indicator.rule, columns)


def rule_condition(rule: Rule, columns: Mapping[str, Any]) -> ColumnElement[bool]:
    column = columns[rule.column]
    values = [v for v in rule.values if v is not None]
    parts: list[ColumnElement[bool]] = []
    if values:
        parts.append(column.in_(values) if len(values) > 1 else column == values[0])
    if len(values) < len(rule.values):
        parts.append(column.is_(None))
    if not parts:
        return false()
    return parts[0] if len(parts) == 1 else or_(*parts)


def incomplete_condition(columns: Mapping[str, Any], period_end: Any) -> ColumnElement[bool]:
    """A participation whose entry or exit data is incomplete as of *period_end*.

    Entry: gender, age band, labour-market status or education level not told (unknown). Exit: an exit
    on or before *period_end* without a situation, or with the situation unknown. The sensitive answers
    (disability, background, minority, housing) may be left untold by choice and do not count.
    """
    c = columns
    entry = or_(
        c["gender"] == Gender.NOT_TOLD.value,
        c["age_band"] == AgeBand.UNKNOWN.value,
        c["labour_status"] == LabourStatus.NOT_TOLD.value,
        c["education_level"] == EducationLevel.NOT_TOLD.value,
    )
    exit_ = and_(
        c["exit_date"].is_not(None),
        c["exit_date"] <= period_end,
        or_(c["exit_outcome"].is_(None), c["exit_outcome"] == ExitOutcome.UNKNOWN.value),
    )
    return or_(entry, exit_)
