using System.Linq.Expressions;
using CaseTracker.Domain.Dates;

namespace CaseTracker.Web.Data;

/// <summary>
/// <see cref="PartialDate.CompareTo"/> for EF Core queries: the same four keys in the same order, so a
/// list sorted by the database reads like the timeline sorted in C#. PartialDateSqlTests prove the three
/// (C#, this, <see cref="PartialDateSql.Order"/>) agree; precision is stored by name, and its names sort
/// in the enum's order.
/// </summary>
internal static class DateOrder
{
    public static IOrderedQueryable<T> OrderByDate<T>(this IQueryable<T> query, Expression<Func<T, PartialDate>> date) =>
        query.OrderBy(Part<T, DateOnly>(date, nameof(PartialDate.Earliest)))
            .ThenBy(Part<T, DatePrecision>(date, nameof(PartialDate.Precision)))
            .ThenBy(Part<T, DateOnly>(date, nameof(PartialDate.Latest)))
            .ThenBy(Part<T, bool>(date, nameof(PartialDate.Approximate)));

    private static Expression<Func<T, TPart>> Part<T, TPart>(Expression<Func<T, PartialDate>> date, string part) =>
        Expression.Lambda<Func<T, TPart>>(Expression.Property(date.Body, part), date.Parameters);
}
