using Crosscheck.Clustering;

namespace Crosscheck.Tests.Clustering;

/// <summary>
/// A story and its follow-up: two retellings of an event, then, a day later, two reports of what came of it, in other
/// words but about the same people and bodies. Their words differ enough for the cut check to take them for two events
/// on one topic; their names and dates say it is one story. The coverage is invented.
/// </summary>
public sealed class FollowUpGuardTests
{
    private static readonly ClusterDocument LeakA = new("leak-a", "Misconfigured server left Orlen land registry files open to anyone", """
        A misconfigured storage server left the scanned deeds of 380,000 properties held by the Orlen Land Registry open on the internet for at least nine days, security researcher Dagny Hallqvist found.
        The files, which include owners' signatures, mortgage details and floor plans, sat in a storage bucket without a password after a software migration run by the contractor Veltmark Systems.
        Hallqvist said she downloaded a sample of 200 deeds to confirm the exposure and alerted the registry on Sunday evening. The bucket was locked about three hours later.
        Veltmark Systems said a firewall rule had been switched off during testing and never switched back on. It said it had found no sign that anyone else had copied the files.
        """, new DateOnly(2034, 2, 6));

    private static readonly ClusterDocument LeakB = new("leak-b", "Property deeds of 380,000 homes exposed after registry migration", """
        Scanned deeds for some 380,000 homes were exposed online after a storage bucket used by the Orlen Land Registry was left without a password, according to researcher Dagny Hallqvist.
        The bucket held signatures, mortgage records and floor plans and had been reachable for more than a week, she said, after a migration carried out by Veltmark Systems.
        The registry confirmed on Monday that access had been shut off within hours of her warning on Sunday.
        Veltmark Systems blamed a firewall setting that was disabled while it tested the new servers.
        """, new DateOnly(2034, 2, 6));

    private static readonly ClusterDocument HearingA = new("hearing-a", "Registrar Ilse Marrow apologises to MPs and suspends Veltmark contract", """
        Chief registrar Ilse Marrow apologised to the Orlen parliament's oversight committee on Tuesday for the exposure of 380,000 property deeds and said the Orlen Land Registry had suspended its contract with Veltmark Systems, whose server migration left the files open.
        Committee chair Tomas Reyne told her the registry had ignored two audit warnings about its suppliers last year. Marrow said she accepted full responsibility.
        She told MPs that letters would go to every owner whose deed was in the bucket Dagny Hallqvist discovered, and that the registry would pay for credit monitoring.
        Opposition members called for her resignation. Reyne said the committee would question Veltmark's chief executive next week.
        """, new DateOnly(2034, 2, 7));

    private static readonly ClusterDocument HearingB = new("hearing-b", "MPs round on Orlen registrar as Veltmark deal is frozen", """
        Members of parliament's oversight committee accused chief registrar Ilse Marrow on Tuesday of ignoring audit warnings before the scanned deeds of 380,000 properties, found online by researcher Dagny Hallqvist, were left open in a storage bucket.
        Marrow apologised, told the committee chaired by Tomas Reyne that the Veltmark Systems contract was frozen, and promised that every affected owner would be written to.
        Two opposition members said she should resign. The Orlen Land Registry will also offer owners free credit monitoring, she said.
        Reyne said Veltmark's chief executive would be summoned next week.
        """, new DateOnly(2034, 2, 7));

    /// <summary>A cut check strict enough to take the follow-up for another event.</summary>
    private static readonly StoryClustererOptions Strict = new() { SplitThreshold = 0.6 };

    [Fact]
    public void A_follow_up_a_day_later_that_names_the_same_people_stays_in_its_story()
    {
        Assert.Equal(["hearing-a,hearing-b,leak-a,leak-b"], OnlineStoryClustererTests.Cluster([LeakA, HearingA, HearingB, LeakB], Strict));
    }

    [Fact]
    public void Without_the_guard_the_cut_check_takes_the_follow_up_for_another_event()
    {
        Assert.Equal(["hearing-a,hearing-b", "leak-a,leak-b"], OnlineStoryClustererTests.Cluster([LeakA, HearingA, HearingB, LeakB], Strict with { SplitNameGuard = 1 }));
    }

    [Fact]
    public void The_same_reports_a_month_apart_are_two_events()
    {
        var month = new DateOnly(2034, 3, 8);
        Assert.Equal(
            ["hearing-a,hearing-b", "leak-a,leak-b"],
            OnlineStoryClustererTests.Cluster([LeakA, HearingA with { Published = month }, HearingB with { Published = month }, LeakB], Strict with { TimeDecayDays = 1000 }));
    }

    /// <summary>The hearing told with figures of its own (the contract's value, staff, months of monitoring, a date), one of them retelling the leak's.</summary>
    private static readonly ClusterDocument FiguresHearingA = new("hearing-a", "Registrar Ilse Marrow apologises to MPs and suspends Veltmark contract", """
        Chief registrar Ilse Marrow apologised to the Orlen parliament's oversight committee on Tuesday for the exposure of 380,000 property deeds and said the Orlen Land Registry had suspended its 14 million crown contract with Veltmark Systems.
        Committee chair Tomas Reyne told her the registry had ignored 2 audit warnings in 2033 about its suppliers. Marrow said she accepted full responsibility and that 45 staff would be retrained.
        She told MPs that letters would go to every owner whose deed was in the bucket Dagny Hallqvist discovered, and that the registry would pay for 24 months of credit monitoring.
        Opposition members called for her resignation. Reyne said the committee would question Veltmark's chief executive on 15 February.
        """, new DateOnly(2034, 2, 7));

    private static readonly ClusterDocument FiguresHearingB = new("hearing-b", "MPs round on Orlen registrar as Veltmark deal is frozen", """
        Members of parliament's oversight committee accused chief registrar Ilse Marrow on Tuesday of ignoring audit warnings from 2033 before the deeds of owners found online by researcher Dagny Hallqvist were left open in a storage bucket.
        Marrow apologised, told the committee chaired by Tomas Reyne that the 14 million crown Veltmark Systems contract was frozen, and promised that 45 staff would be retrained.
        Two opposition members said she should resign. The Orlen Land Registry will also offer owners 24 months of free credit monitoring, she said.
        Reyne said Veltmark's chief executive would be summoned on 15 February.
        """, new DateOnly(2034, 2, 7));

    [Fact]
    public void A_follow_up_with_figures_of_its_own_that_retells_one_of_the_events_stays_in_its_story()
    {
        Assert.Equal(["hearing-a,hearing-b,leak-a,leak-b"], OnlineStoryClustererTests.Cluster([LeakA, FiguresHearingA, FiguresHearingB, LeakB], Strict));
    }
}
