package se.oroshub.issuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * The people and clients the issuer knows, read from a YAML file given at start. Secrets are stored in Spring
 * Security's {@code DelegatingPasswordEncoder} form ({@code {bcrypt}...}, {@code {pbkdf2}...}).
 *
 * <pre>
 * people:
 *   - username: anna
 *     password: "{bcrypt}$2a$10$..."
 *     name: Anna Lärare
 *     title: Klasslärare
 *     roles: [reporter]
 *     organisation: SCHOOL_UNIT_CODE:29837461
 * clients:
 *   - client-id: connector-school              # a connector's sign-in: authorization_code
 *     secret: "{bcrypt}$2a$10$..."
 *     redirect-uris: [http://127.0.0.1:8181/login/oauth2/code/oroshub]
 *   - client-id: case-system-0180              # a machine: client_credentials
 *     secret: "{bcrypt}$2a$10$..."
 *     name: Ärendesystem Stockholm
 *     roles: [case-system]
 *     organisation: MUNICIPALITY_CODE:0180
 *     audiences: [connector-social-services]
 * </pre>
 *
 * @param people  the people who sign in
 * @param clients the OAuth2 clients: with redirect URIs a connector's sign-in, without them a machine
 */
public record IssuerDirectory(List<Person> people, List<Client> clients) {

    private static final Pattern ORGANISATION = Pattern.compile("[A-Z_]+:\\S+");

    public IssuerDirectory {
        people = people == null ? List.of() : List.copyOf(people);
        clients = clients == null ? List.of() : List.copyOf(clients);
        Set<String> usernames = new HashSet<>();
        for (Person person : people) {
            if (!usernames.add(person.username())) {
                throw new IllegalArgumentException("person '" + person.username() + "' is listed twice");
            }
        }
        Set<String> clientIds = new HashSet<>();
        for (Client client : clients) {
            if (!clientIds.add(client.clientId())) {
                throw new IllegalArgumentException("client '" + client.clientId() + "' is listed twice");
            }
        }
    }

    /** The person with this login name. */
    public Optional<Person> person(String username) {
        return people.stream().filter(p -> p.username().equals(username)).findFirst();
    }

    /** The client with this id. */
    public Optional<Client> client(String clientId) {
        return clients.stream().filter(c -> c.clientId().equals(clientId)).findFirst();
    }

    /** Reads the directory from a YAML file. */
    public static IssuerDirectory load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("oroshub.issuer.directory: no such file " + file);
        }
        try {
            List<PropertySource<?>> sources =
                    new YamlPropertySourceLoader().load("issuer directory", new FileSystemResource(file));
            Binder binder = new Binder(ConfigurationPropertySources.from(sources));
            return binder.bind("", Bindable.of(IssuerDirectory.class))
                    .orElseGet(() -> new IssuerDirectory(List.of(), List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the issuer directory " + file, e);
        }
    }

    static String checkedOrganisation(String value, String owner) {
        if (value == null || !ORGANISATION.matcher(value).matches()) {
            throw new IllegalArgumentException(owner + ": organisation must be SCHEME:value, e.g."
                    + " SCHOOL_UNIT_CODE:29837461 or MUNICIPALITY_CODE:1480");
        }
        return value;
    }

    /**
     * A person who signs in.
     *
     * @param username     the login name
     * @param password     the password hash, in {@code DelegatingPasswordEncoder} form
     * @param name         the person's name
     * @param title        the professional title, e.g. {@code Klasslärare}
     * @param roles        the access roles, e.g. {@code reporter}, {@code case-officer}
     * @param organisation the organisation the person acts for, {@code SCHEME:value}
     */
    public record Person(
            String username, String password, String name, String title, List<String> roles, String organisation) {

        public Person {
            Objects.requireNonNull(username, "people[].username");
            Objects.requireNonNull(password, "people[" + username + "].password");
            organisation = checkedOrganisation(organisation, "people[" + username + "]");
            name = name == null ? username : name;
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * An OAuth2 client.
     *
     * @param clientId     the client id
     * @param secret       the secret hash, in {@code DelegatingPasswordEncoder} form
     * @param redirectUris where a sign-in returns to; set for a connector's sign-in (authorization code)
     * @param name         a machine client's name
     * @param roles        a machine client's roles, e.g. {@code case-system}
     * @param organisation a machine client's organisation, {@code SCHEME:value}
     * @param audiences    the connectors a machine client's access tokens are for
     */
    public record Client(
            String clientId,
            String secret,
            List<String> redirectUris,
            String name,
            List<String> roles,
            String organisation,
            List<String> audiences) {

        public Client {
            Objects.requireNonNull(clientId, "clients[].client-id");
            Objects.requireNonNull(secret, "clients[" + clientId + "].secret");
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            roles = roles == null ? List.of() : List.copyOf(roles);
            audiences = audiences == null ? List.of() : List.copyOf(audiences);
            name = name == null ? clientId : name;
            if (redirectUris.isEmpty()) {
                organisation = checkedOrganisation(organisation, "clients[" + clientId + "]");
                if (audiences.isEmpty()) {
                    throw new IllegalArgumentException(
                            "clients[" + clientId + "]: a machine client needs the audiences it calls");
                }
            }
        }

        /** Whether this client signs people in (authorization code) rather than acting itself. */
        public boolean signsPeopleIn() {
            return !redirectUris.isEmpty();
        }
    }
}
