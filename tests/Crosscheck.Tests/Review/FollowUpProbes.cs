using Crosscheck.Clustering;
using Crosscheck.Tests.Clustering;

namespace Crosscheck.Tests.Review;

/// <summary>
/// Risk probe of the follow-up guard: a second, unrelated event a day later with the same cast (registrar, committee
/// chair, contractor) is kept in the first story by the name guard, as a follow-up would be.
/// </summary>
public sealed class FollowUpProbes
{
    private static readonly ClusterDocument LeakA = new("leak-a", "Misconfigured server left Orlen land registry files open to anyone", """
        A misconfigured storage server left the scanned deeds of 380,000 properties held by the Orlen Land Registry open on the internet for at least nine days, chief registrar Ilse Marrow confirmed.
        The files, which include owners' signatures, mortgage details and floor plans, sat in a storage bucket without a password after a software migration run by the contractor Veltmark Systems.
        Committee chair Tomas Reyne said he would ask the registry to explain. The bucket was locked about three hours after the alert.
        Veltmark Systems said a firewall rule had been switched off during testing and never switched back on.
        """, new DateOnly(2034, 2, 6));

    private static readonly ClusterDocument LeakB = new("leak-b", "Property deeds of 380,000 homes exposed after registry migration", """
        Scanned deeds for some 380,000 homes were exposed online after a storage bucket used by the Orlen Land Registry was left without a password, chief registrar Ilse Marrow said.
        The bucket held signatures, mortgage records and floor plans and had been reachable for more than a week after a migration carried out by Veltmark Systems.
        Tomas Reyne, who chairs the oversight committee, called the exposure alarming.
        Veltmark Systems blamed a firewall setting that was disabled while it tested the new servers.
        """, new DateOnly(2034, 2, 6));

    private static readonly ClusterDocument FeesA = new("fees-a", "Orlen registry to charge for same-day mortgage searches", """
        The Orlen Land Registry will charge 40 crowns for a same-day mortgage search from April, chief registrar Ilse Marrow announced on Tuesday, with the standard five-day search staying free.
        Tomas Reyne, chair of parliament's oversight committee, said the fee was fair if waiting times for first-time buyers fell.
        Veltmark Systems, which runs the registry's booking portal, will add a payment page by March.
        Estate agents welcomed the faster service but said the price would be passed on to buyers.
        """, new DateOnly(2034, 2, 7));

    private static readonly ClusterDocument FeesB = new("fees-b", "Fast-track fee for Orlen property searches", """
        Buyers in Orlen who want a mortgage search the same day will pay 40 crowns from April under plans set out by chief registrar Ilse Marrow.
        Searches that take five working days will remain free, the Orlen Land Registry said.
        Oversight committee chair Tomas Reyne backed the charge provided waiting times came down. Veltmark Systems is building the payment page for the portal.
        Agents said sellers and buyers would end up sharing the cost.
        """, new DateOnly(2034, 2, 7));

    private static readonly StoryClustererOptions Strict = new() { SplitThreshold = 0.6 };

    [Fact]
    public void another_event_a_day_later_with_the_same_cast_is_cut_from_the_first()
    {
        Assert.Equal(["fees-a,fees-b", "leak-a,leak-b"], OnlineStoryClustererTests.Cluster([LeakA, FeesA, FeesB, LeakB], Strict));
    }

    [Fact]
    public void without_the_guard_the_same_batch_is_cut()
    {
        Assert.Equal(["fees-a,fees-b", "leak-a,leak-b"], OnlineStoryClustererTests.Cluster([LeakA, FeesA, FeesB, LeakB], Strict with { SplitNameGuard = 1 }));
    }
}
