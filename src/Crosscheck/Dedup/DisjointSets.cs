namespace Crosscheck.Dedup;

/// <summary>
/// Union–find over 0, 1, 2… (elements are added one at a time) with path halving; a union keeps the smaller root,
/// so a set's root is always its first element and roots are stable.
/// </summary>
internal sealed class DisjointSets
{
    private readonly List<int> _parent = [];

    public int Count => _parent.Count;

    /// <summary>Adds an element in a set of its own and returns it.</summary>
    public int Add()
    {
        _parent.Add(_parent.Count);
        return _parent.Count - 1;
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>; returns the root of the joined set.</summary>
    public int Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb) return ra;
        if (ra < rb)
        {
            _parent[rb] = ra;
            return ra;
        }
        _parent[ra] = rb;
        return rb;
    }
}
