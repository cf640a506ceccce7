using Microsoft.AspNetCore.Http;

namespace Crosscheck.Server;

/// <summary>An error answer (RFC 9457 problem details): its status, a short title and what went wrong with which input.</summary>
internal sealed record ApiProblem(int Status, string Title, string Detail)
{
    public IResult ToResult(IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: Detail, statusCode: Status, title: Title, extensions: extensions);

    public static ApiProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static ApiProblem TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge, "Request too large",
        $"the request body is larger than this server's limit of {limit:N0} bytes; split the page or start the server with a larger limit");

    public static ApiProblem StoryNotFound(string id) => new(StatusCodes.Status404NotFound, "Story not found", $"no story with id '{id}' is stored");
}
