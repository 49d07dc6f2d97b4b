"""The import itself: compare the checked rows with what is stored (one query) and, unless a dry
run, replace the file's (round, school) pairs in one transaction with bulk_create in batches."""

from collections import defaultdict

from django.db import connection, transaction

from portal import page_cache
from surveys.importing.checking import check_rows
from surveys.importing.reading import FileRefused, read_table
from surveys.importing.report import SAVING, ImportReport, Progress, RoundSummary, no_progress
from surveys.models import SurveyImport, SurveyResult

BATCH_SIZE = 2000


def _compare(rows: dict, report: ImportReport) -> dict[int, set[int]]:
    """Fill in the report's rounds; return the (round → school ids) pairs the file replaces."""
    pairs: dict[int, set[int]] = defaultdict(set)
    for round_, school, _grade, _area in rows:
        pairs[round_].add(school)
    summaries = {round_: RoundSummary(round=round_, schools=len(schools)) for round_, schools in pairs.items()}
    existing = (
        SurveyResult.objects.filter(round__in=pairs, school_id__in=set().union(*pairs.values()))
        .values_list("round", "school_id", "grade", "area_id", "mean", "respondents")
        .order_by()
    )
    seen = set()
    for round_, school, grade, area, mean, respondents in existing.iterator(chunk_size=5000):
        if school not in pairs[round_]:
            continue  # a school the file has for another round only
        key = (round_, school, grade, area)
        summary = summaries[round_]
        new = rows.get(key)
        if new is None:
            summary.removed += 1
            continue
        seen.add(key)
        if new[1] == mean and new[2] == respondents:
            summary.unchanged += 1
        else:
            summary.changed += 1
    for key in rows:
        summaries[key[0]].rows += 1
        if key not in seen:
            summaries[key[0]].added += 1
    report.rounds = [summaries[round_] for round_ in sorted(summaries)]
    report.schools = len(set().union(*pairs.values()))
    return pairs


def _delete(pairs: dict[int, set[int]]) -> None:
    # Plain SQL rather than QuerySet.delete(): with the page cache's post_delete receiver
    # connected, Django would load every row and send a signal for each, tens of thousands of
    # cache invalidations. The cache is invalidated once, after the commit.
    quote = connection.ops.quote_name
    table = quote(SurveyResult._meta.db_table)
    round_column = quote(SurveyResult._meta.get_field("round").column)
    school_column = quote(SurveyResult._meta.get_field("school").column)
    with connection.cursor() as cursor:
        for round_, schools in pairs.items():
            school_ids = sorted(schools)
            for start in range(0, len(school_ids), 500):
                chunk = school_ids[start : start + 500]
                placeholders = ", ".join(["%s"] * len(chunk))
                cursor.execute(
                    f"DELETE FROM {table} WHERE {round_column} = %s AND {school_column} IN ({placeholders})",  # noqa: S608 – names from the model, values bound
                    [round_, *chunk],
                )


def _save(rows: dict, pairs: dict[int, set[int]], report: ImportReport, user, progress: Progress) -> SurveyImport:
    total = len(rows)
    with transaction.atomic():
        _delete(pairs)
        batch: list[SurveyResult] = []
        done = 0
        for (round_, school, grade, area), (group, mean, respondents, _line) in rows.items():
            batch.append(
                SurveyResult(
                    round=round_,
                    school_id=school,
                    grade=grade,
                    respondent_group_id=group,
                    area_id=area,
                    mean=mean,
                    respondents=respondents,
                )
            )
            if len(batch) == BATCH_SIZE:
                SurveyResult.objects.bulk_create(batch)
                done += len(batch)
                batch = []
                progress(SAVING, done, total)
        if batch:
            SurveyResult.objects.bulk_create(batch)
        progress(SAVING, total, total)
        record = SurveyImport.objects.create(
            imported_by=user if user is not None and user.is_authenticated else None,
            filename=report.filename[:255],
            rounds=", ".join(str(summary.round) for summary in report.rounds)[:100],
            schools=report.schools,
            added=report.added,
            changed=report.changed,
            removed=report.removed,
        )
        # bulk_create sends no signals: forget the anonymous pages (the public county figures)
        # once the new rows are visible to other connections.
        transaction.on_commit(page_cache.invalidate)
    return record


# --- The service ------------------------------------------------------------------------------------------


def survey_import(
    *,
    data: bytes,
    filename: str,
    dry_run: bool,
    user=None,
    progress: Progress | None = None,
) -> ImportReport:
    """Check the file, compare it with what is stored and, unless a dry run or any error, save it."""
    progress = progress or no_progress
    report = ImportReport(filename=filename, dry_run=dry_run)
    try:
        table = read_table(data, filename, progress)
    except FileRefused as refused:
        report.error(refused.line, refused.message)
        return report
    rows = check_rows(table, report, progress)
    if rows is None:
        return report
    pairs = _compare(rows, report)
    if not dry_run:
        record = _save(rows, pairs, report, user, progress)
        report.saved = True
        report.survey_import_id = record.pk
    return report
