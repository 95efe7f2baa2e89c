package org.carbonneutral.disclosure.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.carbonneutral.disclosure.Declaration;
import org.carbonneutral.disclosure.PublishedDeclaration;
import org.carbonneutral.platform.persistence.AfterCommit;
import org.carbonneutral.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.LockMode;
import org.jboss.logging.Logger;

/**
 * The public representations of published versions, rendered once and served as stored bytes. Every version of a
 * declaration is rendered again, in the publishing transaction, whenever its versions change (a publication adds one
 * to every version's history, a withdrawal marks one). A version published before representations were stored is
 * rendered on its first read and stored then. A bounded, short-lived in-memory copy spares the database the hot reads.
 */
@ApplicationScoped
public class PublicRenderings {

    private static final Logger LOG = Logger.getLogger(PublicRenderings.class);

    private static final String READ = "select p.version, r.body, r.body_gzip, r.etag, r.etag_gzip "
            + "from published_declaration p left join published_rendering r on r.declaration_id = p.declaration_id "
            + "and r.version = p.version and r.representation = $2 where p.declaration_id = $1";

    private final PublicationRenderer renderer;
    private final Pool pool;
    private final RenderingCache cache;

    public PublicRenderings(PublicationRenderer renderer, Pool pool,
            @ConfigProperty(name = "disclosure.public.cache.max-bytes", defaultValue = "33554432") long maxBytes,
            @ConfigProperty(name = "disclosure.public.cache.ttl", defaultValue = "10S") Duration ttl) {
        this.renderer = renderer;
        this.pool = pool;
        this.cache = new RenderingCache(maxBytes, ttl.toMillis(), Duration.ofSeconds(10).toMillis());
    }

    /**
     * The stored representation of a version ({@code null}: the latest), from memory, the database, or rendered now
     * when the version was published before representations were stored. 404 when nothing is published under the id
     * or the version does not exist.
     */
    public Uni<PublicRendering> read(UUID declarationId, Integer version, String representation) {
        RenderingCache.Key key = new RenderingCache.Key(declarationId, version, representation);
        long now = System.currentTimeMillis();
        PublicRendering hit = cache.get(key, now);
        if (hit != null) {
            return Uni.createFrom().item(hit);
        }
        Uni<RowSet<Row>> rows = version == null
                ? pool.preparedQuery(READ + " order by p.version desc limit 1").execute(Tuple.of(declarationId,
                        representation))
                : pool.preparedQuery(READ + " and p.version = $3").execute(Tuple.of(declarationId, representation,
                        version));
        return rows.chain(found -> {
            if (found.size() == 0) {
                return Uni.createFrom().failure(version == null
                        ? ProblemException.notFound("published declaration " + declarationId)
                        : ProblemException.notFound("version " + version + " of declaration " + declarationId));
            }
            Row row = found.iterator().next();
            int shown = row.getInteger("version");
            if (row.getValue("body") == null) {
                return renderUnstored(declarationId, shown, representation);
            }
            return Uni.createFrom().item(new PublicRendering(shown, row.getBuffer("body").getBytes(),
                    row.getBuffer("body_gzip").getBytes(), row.getString("etag"), row.getString("etag_gzip")));
        }).invoke(r -> cache.put(key, r, now));
    }

    /**
     * Renders every version of a declaration as it stands in {@code versions} (newest first, with the caller's
     * changes) and stores the representations, in the caller's transaction. Forgets what memory held of them.
     */
    Uni<Void> renderAll(UUID declarationId, List<PublishedDeclaration> versions) {
        return store(render(declarationId, versions));
    }

    /** The representations of every version of a declaration, rendered and not stored yet. */
    record Rendered(UUID declarationId, Map<Integer, Map<String, PublicRendering>> versions) {
    }

    /**
     * {@link #renderAll}'s rendering, started now on worker threads so that it runs while the caller writes its rows —
     * each representation of each version on a worker of its own, side by side where a core is free —; the result is
     * emitted on the caller's Vert.x context (where the caller's reactive session lives), to be given to {@link #store}.
     * The versions must not change meanwhile.
     */
    Uni<Rendered> renderAside(UUID declarationId, List<PublishedDeclaration> versions) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().item(() -> render(declarationId, versions));
        }
        return Uni.createFrom().completionStage(render(declarationId, versions, Infrastructure.getDefaultWorkerPool()))
                .emitOn(task -> context.runOnContext(v -> task.run()));
    }

    /**
     * Stores what {@link #render} rendered, in the caller's transaction; forgets what memory held of the versions. Where
     * the transaction runs actions after its commit ({@link AfterCommit}), memory holds the new representations once it
     * has committed, so the first reads after a publication need not go to the database.
     */
    Uni<Void> store(Rendered rendered) {
        long change = cache.invalidate(rendered.declarationId(), System.currentTimeMillis());
        return insert(rendered).invoke(() -> AfterCommit.register(() -> cache.committed(rendered.declarationId(), change,
                rendered.versions(), System.currentTimeMillis()))).replaceWithVoid();
    }

    /**
     * Forgets what memory holds of a declaration's representations, so that its next reads go to the database: for
     * stored rows changed other than by this service's publications and withdrawals (a repair, a restore).
     */
    public void forget(UUID declarationId) {
        cache.invalidate(declarationId, System.currentTimeMillis());
    }

    /** A version published before its representations were stored: all the declaration's versions, on its lock. */
    private Uni<PublicRendering> renderUnstored(UUID declarationId, int version, String representation) {
        LOG.infof("rendering the stored representations of declaration %s (published before they were stored)",
                declarationId);
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.find(Declaration.class, declarationId, LockMode.PESSIMISTIC_WRITE))
                .chain(() -> PublishedDeclaration.versionsOf(declarationId))
                .chain(versions -> insert(render(declarationId, versions))))
                .map(rendered -> {
                    PublicRendering r = rendered.versions().getOrDefault(version, Map.of()).get(representation);
                    if (r == null) {
                        throw ProblemException.notFound(representation + " of declaration " + declarationId);
                    }
                    return r;
                });
    }

    private Rendered render(UUID declarationId, List<PublishedDeclaration> versions) {
        try {
            return render(declarationId, versions, Runnable::run).join();
        } catch (CompletionException e) {
            // the caller sees what the rendering threw, as it would from a plain call
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * The representations of every version: each version's view read once, then each representation rendered (and
     * compressed and digested) as a task of its own on {@code executor}.
     */
    private CompletableFuture<Rendered> render(UUID declarationId, List<PublishedDeclaration> versions,
            Executor executor) {
        Map<Integer, Map<String, CompletableFuture<PublicRendering>>> tasks = new LinkedHashMap<>();
        List<CompletableFuture<PublicRendering>> all = new ArrayList<>();
        for (PublishedDeclaration shown : versions) {
            CompletableFuture<PublicationRenderer.Prepared> prepared = CompletableFuture.supplyAsync(
                    () -> renderer.prepare(PublicDeclarationView.of(declarationId, versions, shown)), executor);
            Map<String, CompletableFuture<PublicRendering>> representations = new LinkedHashMap<>();
            for (String name : renderer.representations()) {
                CompletableFuture<PublicRendering> rendering = prepared.thenApplyAsync(
                        p -> PublicRendering.of(shown.version, p.render(name)), executor);
                representations.put(name, rendering);
                all.add(rendering);
            }
            tasks.put(shown.version, representations);
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<Integer, Map<String, PublicRendering>> rendered = new LinkedHashMap<>();
            tasks.forEach((version, representations) -> {
                Map<String, PublicRendering> r = new LinkedHashMap<>();
                representations.forEach((name, rendering) -> r.put(name, rendering.join()));
                rendered.put(version, r);
            });
            return new Rendered(declarationId, rendered);
        });
    }

    private Uni<Rendered> insert(Rendered all) {
        UUID declarationId = all.declarationId();
        Map<Integer, Map<String, PublicRendering>> rendered = all.versions();
        if (rendered.isEmpty()) {
            return Uni.createFrom().item(all);
        }
        StringBuilder sql = new StringBuilder("insert into published_rendering (declaration_id, version, representation, "
                + "body, body_gzip, etag, etag_gzip, rendered_at) values ");
        List<Object> parameters = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        rendered.forEach((version, representations) -> representations.forEach((name, r) -> {
            int n = parameters.size();
            sql.append(n == 0 ? "" : ", ").append("(?").append(n + 1);
            for (int i = 2; i <= 8; i++) {
                sql.append(", ?").append(n + i);
            }
            sql.append(')');
            parameters.addAll(List.of(declarationId, version, name, r.body(), r.gzip(), r.etag(), r.etagGzip(), now));
        }));
        sql.append(" on conflict (declaration_id, version, representation) do update set body = excluded.body, "
                + "body_gzip = excluded.body_gzip, etag = excluded.etag, etag_gzip = excluded.etag_gzip, "
                + "rendered_at = excluded.rendered_at");
        return Panache.getSession().chain(s -> s.flush().chain(() -> {
            var query = s.createNativeQuery(sql.toString());
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query.executeUpdate();
        })).replaceWith(all);
    }
}
