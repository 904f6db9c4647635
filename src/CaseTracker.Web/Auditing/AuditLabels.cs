namespace CaseTracker.Web.Auditing;

/// <summary>
/// What an admin reads in the audit trail instead of the names stored in it: the kind of record
/// ("CaseFile", "Incident.Types") and each changed field ("FiledOn.Earliest") as English resource keys
/// the page localizes, and the page that shows the record. The trail itself keeps the internal names, so
/// a label changed here never changes a stored, hash-chained entry. A test walks the EF model and fails
/// on a field without a label.
/// </summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Records = new(StringComparer.Ordinal)
    {
        ["CaseFile"] = "Case",
        ["Incident"] = "Incident",
        ["IncidentPerpetrator"] = "Perpetrator",
        ["Complaint"] = "Complaint",
        ["InstitutionalResponse"] = "Response",
        ["InstitutionalAct"] = "Act of an institution",
        ["Proceeding"] = "Proceeding",
        ["ProceedingStep"] = "Proceeding step",
        ["Source"] = "Source",
        ["Person"] = "Person",
        ["Organisation"] = "Organisation",
        ["Institution"] = "Institution",
        ["VocabularyTerm"] = "Vocabulary term",
        ["User"] = "User account",
        ["PersonalAccessToken"] = "Access token",
        ["SecuritySettings"] = "Security settings",
        ["Search"] = "Search",
        ["Statistics"] = "Statistics",
    };

    /// <summary>Links a record owns, entered as "Owner.Links".</summary>
    private static readonly Dictionary<string, string> Links = new(StringComparer.Ordinal)
    {
        ["Assignments"] = "Assigned users",
        ["Participants"] = "People in the case",
        ["Incidents"] = "Incidents",
        ["OtherCases"] = "Other cases",
        ["Sources"] = "Sources",
        ["Types"] = "Types",
        ["Victims"] = "Victims",
        ["Memberships"] = "Organisations",
        ["CitedIn"] = "Cited in",
        ["People"] = "People",
    };

    /// <summary>The parts every stored date has (ADR on partial dates), each its own column.</summary>
    private static readonly Dictionary<string, string> DateParts = new(StringComparer.Ordinal)
    {
        ["Text"] = "as written",
        ["Earliest"] = "earliest day",
        ["Latest"] = "latest day",
        ["Precision"] = "precision",
        ["EndPrecision"] = "precision of the end",
        ["Part"] = "part of the period",
        ["Openness"] = "open end",
        ["Approximate"] = "approximate",
        ["Uncertain"] = "uncertain",
        ["After"] = "counted from",
        ["Time"] = "time of day",
    };

    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        ["Date"] = "Date",
        ["AlternativeDate"] = "Alternative date",
        ["DiedOn"] = "Date of death",
        ["FiledOn"] = "Filed on",
        ["PublishedOn"] = "Published on",
        ["Group"] = "Group",
        ["VictimGroup"] = "Group of victims",
    };

    private static readonly Dictionary<string, string> GroupParts = new(StringComparer.Ordinal)
    {
        ["Count"] = "How many",
        ["IncludesNamed"] = "includes the named people",
        ["Qualifier"] = "how exact",
        ["Who"] = "who",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["ActId"] = "Act",
        ["Against"] = "Against",
        ["AgeAsGiven"] = "Age as given",
        ["ArchiveReason"] = "Reason for archiving",
        ["ArchivedAt"] = "Archived at",
        ["ArchivedBy"] = "Archived by",
        ["BirthYear"] = "Year of birth",
        ["BirthYearApproximate"] = "Year of birth is approximate",
        ["CaseId"] = "Case",
        ["Citizenships"] = "Citizenships",
        ["ClosedOn"] = "Closed on",
        ["ClosedReason"] = "Reason for closing",
        ["Code"] = "Code",
        ["ComplaintId"] = "Complaint",
        ["Condition"] = "Condition",
        ["ConditionConfidential"] = "Condition is confidential",
        ["ConductedById"] = "Conducted by",
        ["ContactDetails"] = "Contact details",
        ["CountryCode"] = "Country",
        ["CourtId"] = "Court",
        ["CreatedAt"] = "Created at",
        ["DateNote"] = "Note on the date",
        ["DeathCircumstances"] = "Circumstances of death",
        ["DeathIncidentId"] = "Incident of the death",
        ["DeathPlace"] = "Place of death",
        ["DefaultReplyDays"] = "Days to reply",
        ["Description"] = "Description",
        ["FiledByName"] = "Filed by, in words",
        ["FiledByOrganisationId"] = "Filed by an organisation",
        ["FiledByPersonId"] = "Filed by a person",
        ["Filings"] = "Number of filings",
        ["FilingsQualifier"] = "How exact the number of filings is",
        ["ForwardedToBodyComplainedAbout"] = "Forwarded to the body complained about",
        ["ForwardedToInstitutionId"] = "Forwarded to",
        ["FromInstitutionId"] = "From institution",
        ["Id"] = "Id",
        ["IncidentId"] = "Incident",
        ["Instance"] = "Instance",
        ["InstitutionId"] = "Institution",
        ["IsActive"] = "In use",
        ["IsConfidential"] = "Confidential",
        ["IsProposed"] = "Proposed",
        ["Kind"] = "Kind",
        ["KindId"] = "Kind",
        ["Label"] = "Label",
        ["LabelRu"] = "Russian label",
        ["Language"] = "Language",
        ["Locator"] = "Locator",
        ["Name"] = "Name",
        ["NameKey"] = "Name for matching",
        ["Narrative"] = "Narrative",
        ["NoReplyCheckedAt"] = "Still no reply, checked at",
        ["NoReplyCheckedBy"] = "Still no reply, checked by",
        ["NoReplyKnownOn"] = "Still no reply as of",
        ["Notes"] = "Notes",
        ["Occupation"] = "Occupation",
        ["OrganisationId"] = "Organisation",
        ["OtherNames"] = "Other names",
        ["Outcome"] = "Outcome",
        ["OutcomeId"] = "Outcome",
        ["ParentId"] = "Parent",
        ["PerpetratorTypeId"] = "Perpetrator type",
        ["PersonId"] = "Person",
        ["Place"] = "Place",
        ["Position"] = "Position",
        ["ProceedingId"] = "Proceeding",
        ["Publisher"] = "Publisher",
        ["Reference"] = "Reference",
        ["ReferenceNumber"] = "Reference number",
        ["Reliability"] = "Reliability",
        ["ReplyDueOn"] = "Reply due on",
        ["ReplyDueOverride"] = "Reply due, set by hand",
        ["ReplyWindowDays"] = "Days to reply",
        ["ResponseId"] = "Response",
        ["RiskLevel"] = "Risk level",
        ["Role"] = "Role",
        ["SearchDocument"] = "Search text",
        ["SecurityNotes"] = "Security notes",
        ["Sensitivity"] = "Sensitivity",
        ["Sex"] = "Sex",
        ["SortOrder"] = "Order",
        ["SourceId"] = "Source",
        ["Status"] = "Status",
        ["Subject"] = "Subject",
        ["Summary"] = "Summary",
        ["TermId"] = "Term",
        ["Times"] = "How many times",
        ["Title"] = "Title",
        ["TypeId"] = "Type",
        ["Url"] = "Web address",
        ["UserId"] = "User",
        ["Verification"] = "Verification",
        ["Version"] = "Version",
        ["Vocabulary"] = "Vocabulary",

        // Details of events that are not a record's change.
        ["DisplayName"] = "Name",
        ["RequireTwoFactor"] = "Two-factor sign-in required",
        ["What"] = "What",
        ["Format"] = "Format",
        ["Entries"] = "Entries",
        ["Rows"] = "Rows",
        ["Days"] = "Days",
    };

    /// <summary>The kind of record as resource keys: one for a record, two ("Incident", "types") for its links; empty when unknown.</summary>
    public static IReadOnlyList<string> Record(string entityType)
    {
        var parts = entityType.Split('.', 2);
        if (!Records.TryGetValue(parts[0], out var record))
        {
            return [];
        }

        return parts.Length == 1 ? [record] : Links.TryGetValue(parts[1], out var link) ? [record, link] : [];
    }

    /// <summary>A stored field name as resource keys (one, or a group and its part); empty when unknown.</summary>
    public static IReadOnlyList<string> Field(string field)
    {
        var parts = field.Split('.', 2);
        if (parts.Length == 1)
        {
            return Fields.TryGetValue(field, out var label) ? [label] : [];
        }

        return Groups.TryGetValue(parts[0], out var group) && (DateParts.TryGetValue(parts[1], out var part) || GroupParts.TryGetValue(parts[1], out part))
            ? [group, part]
            : [];
    }

    /// <summary>Every resource key used here, for the test that each has a Russian entry.</summary>
    public static IEnumerable<string> AllKeys() =>
        Records.Values.Concat(Links.Values).Concat(DateParts.Values).Concat(Groups.Values).Concat(GroupParts.Values).Concat(Fields.Values).Distinct();

    /// <summary>The page that shows a record of this kind, for the link on its entry; null when it has none of its own.</summary>
    public static string? PageOf(string entityType) => entityType.Split('.', 2)[0] switch
    {
        "CaseFile" => "/Cases/Details",
        "Person" => "/People/Details",
        "Incident" => "/Incidents/Edit",
        "Complaint" => "/Complaints/Edit",
        "InstitutionalResponse" => "/Responses/Edit",
        "InstitutionalAct" => "/Acts/Edit",
        "Proceeding" => "/Proceedings/Edit",
        "ProceedingStep" => "/Steps/Edit",
        "Source" => "/Sources/Edit",
        "Organisation" => "/Organisations/Edit",
        "Institution" => "/Institutions/Edit",
        "VocabularyTerm" => "/Vocabularies/Edit",
        "User" => "/Users/Edit",
        _ => null,
    };
}
