using Xunit.Abstractions;
using Xunit.Sdk;

namespace Crosscheck.Storage.Tests.Support;

/// <summary>
/// A fact of the store contract. It runs in every provider's test class, and is skipped, with the class's message,
/// when that class says its database is not there: a test class may declare
/// <c>public static string? SkipReason { get; }</c> (null: run). xUnit 2 has no dynamic skip, and the contract's
/// facts are declared once in the base class, so the skip is decided per class when the test cases are made.
/// </summary>
[XunitTestCaseDiscoverer("Crosscheck.Storage.Tests.Support.StoreFactDiscoverer", "Crosscheck.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new StoreTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

/// <summary>A test case whose skip reason comes from its test class.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase() { }

    public StoreTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnostics, display, displayOptions, testMethod) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute)
        ?? (TestMethod.TestClass.Class.ToRuntimeType().GetProperty("SkipReason", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null) as string)!;
}
