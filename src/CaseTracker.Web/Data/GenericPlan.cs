namespace CaseTracker.Web.Data;

/// <summary>
/// A statement that makes the statements after it in the same batch (one implicit transaction) use their
/// generic plan. PostgreSQL plans a prepared statement again on every call when its generic plan never looks
/// cheaper by its estimates than a plan for the values given, as it does where a parameter decides a
/// condition (<c>@admin OR ...</c>) or a limit; where the plan does not depend on the values that is
/// planning for nothing, on every request.
/// </summary>
public static class GenericPlan
{
    public const string ForThisTransaction = "SELECT set_config('plan_cache_mode', 'force_generic_plan', true)";
}
