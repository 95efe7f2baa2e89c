package org.carbonneutral.disclosure.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.carbonneutral.contracts.json.Json;
import org.carbonneutral.disclosure.Declaration;
import org.carbonneutral.disclosure.PublishedDeclaration;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.disclosure.domain.ClaimVerification;
import org.carbonneutral.disclosure.domain.CompanyProfile;
import org.carbonneutral.disclosure.domain.StandardInForce;
import org.carbonneutral.disclosure.domain.PartStates;
import org.carbonneutral.disclosure.domain.PublicationFacts;
import org.carbonneutral.platform.outbox.Outbox;
import org.carbonneutral.platform.problem.ProblemException;
import org.hibernate.LockMode;

/**
 * Opening, reading and listing declarations, and entering their company profile and their claim's verification. Opening emits DeclarationOpened in
 * the same transaction; a declaration is read with what still blocks its publication.
 */
@ApplicationScoped
public class DeclarationService {

    private final Outbox outbox;
    private final PublicationService publications;
    private final DeclarationTrail trail;

    private final io.vertx.mutiny.sqlclient.Pool pool;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    public DeclarationService(Outbox outbox, PublicationService publications, DeclarationTrail trail,
            io.vertx.mutiny.sqlclient.Pool pool, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
        this.trail = trail;
        this.outbox = outbox;
        this.publications = publications;
    }

    /** The created (or, for a repeated Idempotency-Key, the first) declaration, and whether it was created now. */
    public record Opened(DeclarationView view, boolean created) {
    }

    public Uni<Opened> open(String tenant, String user, OpenDeclarationRequest request, String idempotencyKey) {
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw ProblemException.invalid("periodEnd", "the period ends (" + request.periodEnd() + ") before it starts ("
                    + request.periodStart() + ")", "INV-2");
        }
        String refused = StandardInForce.refusal(request.claimStandard(), request.periodStart());
        if (refused != null) {
            throw ProblemException.invalid("claimStandard", refused, "DIS-8");
        }
        if (request.organisation() != null && request.organisation().businessNumber() != null
                && !Organisation.isValidBusinessNumber(request.organisation().businessNumber())) {
            throw ProblemException.invalid("organisation.businessNumber", "'" + request.organisation().businessNumber()
                    + "' is not a unified business number: its check digit does not match", "OFF-2");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        String requestDigest = Json.sha256(request);
        return Panache.withTransaction(() -> {
            Uni<Declaration> existing = idempotencyKey == null ? Uni.createFrom().nullItem()
                    : Declaration.<Declaration>find("tenant = ?1 and idempotencyKey = ?2", tenant, idempotencyKey)
                            .firstResult();
            return existing.chain(found -> {
                if (found != null) {
                    if (!found.requestDigest.equals(requestDigest)) {
                        throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                                "Idempotency-Key " + idempotencyKey + " was used for a different request", null, null);
                    }
                    return view(found).map(v -> new Opened(v, false));
                }
                Declaration d = new Declaration();
                d.id = UUID.randomUUID();
                d.tenant = tenant;
                d.subjectType = request.subjectType();
                d.subjectName = request.subjectName().trim();
                d.boundary = request.boundary().trim();
                d.periodStart = request.periodStart();
                d.periodEnd = request.periodEnd();
                d.claimStandard = request.claimStandard();
                Organisation organisation = request.organisation() == null ? null : request.organisation().toOrganisation();
                d.organisation = organisation == null ? null : Json.write(organisation);
                d.createdBy = user;
                d.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                d.idempotencyKey = idempotencyKey;
                d.requestDigest = requestDigest;
                DeclarationOpened event = new DeclarationOpened(d.id, d.subjectType, d.subjectName, d.boundary,
                        d.periodStart, d.periodEnd, d.claimStandard, organisation);
                return d.<Declaration>persist()
                        .chain(() -> outbox.append(EventType.DECLARATION_OPENED, tenant, d.id, event))
                        .chain(() -> trail.record(d, null, "OPENED", user, d.claimStandard + ", " + d.subjectType + " "
                                + d.subjectName + ", " + d.periodStart + " to " + d.periodEnd))
                        .map(e -> new Opened(view(d, List.of()), true));
            });
        });
    }

    /**
     * A declaration's view. The part that follows from the declaration row alone (profile, parts, approvals, findings)
     * is kept in memory per row version ({@link Declaration#version}, raised by every change of the row); a read
     * checks the row's current version and the latest publication in one small query and rebuilds the view only when
     * the row changed. Parsing the stored approvals and running the policy is what a read costs otherwise.
     */
    public Uni<DeclarationView> get(String tenant, UUID id) {
        return known(tenant, id).map(KnownView::view);
    }

    /**
     * The declaration as {@code GET /api/declarations/{id}} answers it: the JSON bytes of its view, written once per row
     * version and publication state and kept with the view, so that reading an unchanged declaration costs the one
     * small query that proves it unchanged.
     */
    public Uni<byte[]> json(String tenant, UUID id) {
        return known(tenant, id).map(known -> {
            if (known.json() != null) {
                return known.json();
            }
            byte[] json;
            try {
                json = mapper.writeValueAsBytes(known.view());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("declaration " + id + " cannot be written as JSON", e);
            }
            knownViews.replace(id, known, known.withJson(json));
            return json;
        });
    }

    /** The view of the declaration's current row version and publication, kept or rebuilt. */
    private Uni<KnownView> known(String tenant, UUID id) {
        KnownView known = knownViews.get(id);
        if (known == null) {
            return load(tenant, id);
        }
        return pool.preparedQuery(CURRENT).execute(io.vertx.mutiny.sqlclient.Tuple.of(id)).chain(rows -> {
            if (rows.size() == 0) {
                return load(tenant, id);
            }
            io.vertx.mutiny.sqlclient.Row row = rows.iterator().next();
            if (row.getLong("version") != known.rowVersion() || !tenant.equals(row.getString("tenant"))) {
                return load(tenant, id);
            }
            Integer version = row.getInteger("published_version");
            DeclarationView.PublicationState publication = version == null ? NOT_PUBLISHED
                    : publication(id, version, row.getString("digest"), row.getOffsetDateTime("published_at"),
                            row.getOffsetDateTime("withdrawn_at"));
            if (publication.equals(known.view().publication())) {
                return Uni.createFrom().item(known);
            }
            KnownView republished = new KnownView(known.rowVersion(), known.view().withPublication(publication), null);
            knownViews.put(id, republished);
            return Uni.createFrom().item(republished);
        });
    }

    private static final String CURRENT = "select d.tenant, d.version, p.version as published_version, p.digest, "
            + "p.published_at, p.withdrawn_at from declaration d left join lateral (select version, digest, "
            + "published_at, withdrawn_at from published_declaration where declaration_id = d.id order by version desc "
            + "limit 1) p on true where d.id = $1";

    private static final DeclarationView.PublicationState NOT_PUBLISHED = new DeclarationView.PublicationState(
            "NOT_PUBLISHED", null, null, null, null, null);

    /** The state of a declaration's latest published version: withdrawn once it has a withdrawal time. */
    private static DeclarationView.PublicationState publication(UUID id, int version, String digest,
            OffsetDateTime publishedAt, OffsetDateTime withdrawnAt) {
        return new DeclarationView.PublicationState(withdrawnAt != null ? "WITHDRAWN" : "PUBLISHED", version, digest,
                publishedAt, withdrawnAt, PublicationService.publicPath(id));
    }

    /** A view built from the declaration row at {@code rowVersion}, and its JSON once written (null until then). */
    private record KnownView(long rowVersion, DeclarationView view, byte[] json) {

        KnownView withJson(byte[] written) {
            return new KnownView(rowVersion, view, written);
        }
    }

    /** The views of the most recently read declarations (at most 2,048). */
    private final java.util.Map<UUID, KnownView> knownViews = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<UUID, KnownView> eldest) {
                    return size() > 2048;
                }
            });

    private Uni<KnownView> load(String tenant, UUID id) {
        return Panache.withSession(() -> Declaration.<Declaration>findById(id).chain(found -> {
            Declaration d = Declaration.ofTenant(found, tenant, id);
            return view(d).map(v -> {
                KnownView known = new KnownView(d.version, v, null);
                knownViews.put(id, known);
                return known;
            });
        }));
    }

    /** One page of a tenant's declarations, newest first, and the cursor of the next page (null on the last). */
    public record Page(List<DeclarationView> items, org.carbonneutral.platform.http.Cursor next) {
    }

    /** Up to {@code limit} declarations after {@code after} (from the newest when null), newest first. */
    public Uni<Page> list(String tenant, org.carbonneutral.platform.http.Cursor after, int limit) {
        return Panache.withSession(() -> (after == null
                ? Declaration.<Declaration>find("tenant = ?1 order by createdAt desc, id desc", tenant)
                : Declaration.<Declaration>find("tenant = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) "
                        + "order by createdAt desc, id desc", tenant, after.at(), after.id()))
                .range(0, limit).list()
                .chain(rows -> {
                    List<Declaration> all = rows.size() > limit ? rows.subList(0, limit) : rows;
                    org.carbonneutral.platform.http.Cursor next = rows.size() > limit
                            ? new org.carbonneutral.platform.http.Cursor(all.get(limit - 1).createdAt, all.get(limit - 1).id)
                            : null;
                    return views(all).map(views -> new Page(views, next));
                }));
    }

    private Uni<List<DeclarationView>> views(List<Declaration> all) {
        return PublishedDeclaration.<PublishedDeclaration>find(
                                "declarationId in ?1 order by version desc", all.stream().map(d -> d.id).toList()).list()
                        .map(published -> all.stream().map(d -> view(d, published.stream()
                                .filter(p -> p.declarationId.equals(d.id)).toList())).toList());
    }

    private Uni<DeclarationView> view(Declaration d) {
        return PublishedDeclaration.versionsOf(d.id).map(versions -> view(d, versions));
    }

    private DeclarationView view(Declaration d, List<PublishedDeclaration> versions) {
        PublishedDeclaration current = versions.isEmpty() ? null : versions.get(0);
        DeclarationView.PublicationState publication = current == null ? NOT_PUBLISHED
                : publication(d.id, current.version, current.digest, current.publishedAt, current.withdrawnAt);
        PublicationFacts facts = publications.facts(d);
        PartStates parts = facts.parts();
        return new DeclarationView(d.id, d.subjectType, d.subjectName, d.boundary, d.periodStart, d.periodEnd,
                d.claimStandard, facts.organisation(), d.createdBy, d.createdAt, facts.profile(), facts.claimVerification(),
                parts.inventory(), parts.pathway(),
                parts.offsets(), publication, publications.decide(facts).findings());
    }

    /**
     * Replaces the company profile (management plan ch.1 and ch.6). Refused while a version is published: the public
     * version never changes (DIS-6); the profile can change when a correction is under way (the publication withdrawn).
     * A profile that completes the plan publishes it, when the approvals are in place.
     */
    public Uni<DeclarationView> updateProfile(String tenant, String user, UUID id, CompanyProfile profile) {
        return change(tenant, id, "the profile", d -> {
            d.profile = Json.write(profile);
            d.profileUpdatedBy = user;
            d.profileUpdatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            return trail.record(d, null, "PROFILE_UPDATED", user, null)
                    .chain(() -> publications.reconcile(d, "profile updated by " + user));
        });
    }

    /**
     * Replaces the claim's own verification (ISO 14068-1) or validation (PAS 2060) (DIS-7): the one the declaration's
     * standard asks for, and only that one (400 naming the field otherwise). Refused while a version is published
     * (DIS-6); a validation that completes a PAS 2060 declaration publishes it, when the approvals are in place.
     */
    public Uni<DeclarationView> updateClaimVerification(String tenant, String user, UUID id, ClaimVerification checked) {
        return change(tenant, id, "the claim's verification", d -> {
            boolean pas = d.claimStandard == ClaimStandard.PAS_2060;
            if (pas && checked.verification() != null) {
                throw ProblemException.invalid("verification", "a PAS 2060 claim is validated: give its validation, "
                        + "not an ISO 14068-1 verification", "DIS-7");
            }
            if (!pas && checked.validation() != null) {
                throw ProblemException.invalid("validation", "an ISO 14068-1 claim is verified: give its verification, "
                        + "not a PAS 2060 validation", "DIS-7");
            }
            if (pas ? checked.validation() == null : checked.verification() == null) {
                String field = pas ? "validation" : "verification";
                throw ProblemException.invalid(field, "must be given for a " + d.claimStandard + " claim", "DIS-7");
            }
            d.claimVerification = Json.write(checked);
            d.claimVerificationUpdatedBy = user;
            d.claimVerificationUpdatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            return trail.record(d, null, "CLAIM_VERIFICATION_UPDATED", user, pas ? "PAS 2060 validation: "
                    + checked.validation().type() : "ISO 14068-1 verification by " + checked.verification().body())
                    .chain(() -> publications.reconcile(d, "claim verification updated by " + user));
        });
    }

    /**
     * Changes a declaration's own part (profile, claim verification) on the locked row, then answers its view.
     * Refused while a version is published: the public version never changes (DIS-6); the part can change when a
     * correction is under way (the publication withdrawn).
     */
    private Uni<DeclarationView> change(String tenant, UUID id, String what,
            java.util.function.Function<Declaration, Uni<Void>> apply) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.find(Declaration.class, id, LockMode.PESSIMISTIC_WRITE))
                .map(found -> Declaration.ofTenant(found, tenant, id))
                .chain(d -> PublishedDeclaration.versionsOf(id).chain(versions -> {
                    if (!versions.isEmpty() && !versions.get(0).withdrawn()) {
                        throw ProblemException.conflict("published", "version " + versions.get(0).version
                                + " is published and never changes (DIS-6); " + what + " can be changed while a "
                                + "correction is under way");
                    }
                    return apply.apply(d).chain(() -> view(d));
                })));
    }
}
