namespace Crosscheck.Clustering;

/// <summary>
/// What a young story remembers of one of its documents, so that it can be cut in two if it turns out to hold two
/// events: the document's index in the clusterer, its heaviest features per kind (a sketch, not the whole vector, so
/// that state stays small), the similarity at which it joined as the cohesion guard counts it (0 for a document that started a story), and its count and summed weight of content terms.
/// </summary>
internal readonly record struct StoryMember(int Document, SparseVector[] Sketch, double JoinSimilarity, DateOnly? Published, int Terms, double TermWeight);
