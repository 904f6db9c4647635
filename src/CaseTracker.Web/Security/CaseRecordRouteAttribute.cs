namespace CaseTracker.Web.Security;

/// <summary>
/// Marks a page whose route value names a case or a record inside one (incident, complaint, response,
/// source, person) or an organisation, which may be known only from restricted cases. When the visitor's role may not use the page, an id they may not see still answers
/// 404 rather than "access denied", so the two answers never tell a restricted case from a missing one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class CaseRecordRouteAttribute(string routeValue = "id") : Attribute
{
    public string RouteValue { get; } = routeValue;
}
