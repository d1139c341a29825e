package dev.warden.bootstrap;

import dev.warden.application.account.AccountAssembly;
import dev.warden.application.admin.AdminAssembly;
import dev.warden.application.housekeeping.HousekeepingAssembly;
import dev.warden.application.legacy.LegacyAssembly;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.mail.MailAssembly;
import dev.warden.application.oauth.OAuthAssembly;
import dev.warden.application.passkey.PasskeyAssembly;
import dev.warden.application.ratelimit.RateLimitAssembly;
import dev.warden.application.secondfactor.SecondFactorAssembly;
import dev.warden.application.selfservice.SelfServiceAssembly;
import dev.warden.application.session.SessionAssembly;
import dev.warden.application.shared.Offer;
import dev.warden.application.signingkey.SigningKeyAssembly;
import dev.warden.application.token.TokenAssembly;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.RuntimeBeanDefinition;
import io.micronaut.context.annotation.ContextConfigurer;
import java.util.List;

/**
 * Makes every use case that a feature's assembly offers a bean of its inbound port's type, so that the web adapter
 * (and anything else that drives the service) injects use cases by their port alone. The beans are made when first
 * needed, from the assembly bean that {@link FeatureFactory} builds. A feature is listed here once; its use cases are
 * listed by its assembly ({@code OFFERS}), so adding one touches the feature's package only.
 */
@ContextConfigurer
public final class UseCaseRegistrar implements ApplicationContextConfigurer {

    @Override
    public void configure(ApplicationContext context) {
        offer(context, SigningKeyAssembly.class, SigningKeyAssembly.OFFERS);
        offer(context, TokenAssembly.class, TokenAssembly.OFFERS);
        offer(context, LoginAssembly.class, LoginAssembly.OFFERS);
        offer(context, SessionAssembly.class, SessionAssembly.OFFERS);
        offer(context, AccountAssembly.class, AccountAssembly.OFFERS);
        offer(context, LegacyAssembly.class, LegacyAssembly.OFFERS);
        offer(context, HousekeepingAssembly.class, HousekeepingAssembly.OFFERS);
        offer(context, SecondFactorAssembly.class, SecondFactorAssembly.OFFERS);
        offer(context, PasskeyAssembly.class, PasskeyAssembly.OFFERS);
        offer(context, SelfServiceAssembly.class, SelfServiceAssembly.OFFERS);
        offer(context, AdminAssembly.class, AdminAssembly.OFFERS);
        offer(context, MailAssembly.class, MailAssembly.OFFERS);
        offer(context, OAuthAssembly.class, OAuthAssembly.OFFERS);
        offer(context, RateLimitAssembly.class, RateLimitAssembly.OFFERS);
    }

    private static <A> void offer(ApplicationContext context, Class<A> assembly, List<Offer<A, ?>> offers) {
        for (var offer : offers) {
            context.registerBeanDefinition(definition(context, assembly, offer));
        }
    }

    private static <A, T> RuntimeBeanDefinition<T> definition(ApplicationContext context, Class<A> assembly,
                                                              Offer<A, T> offer) {
        return RuntimeBeanDefinition.builder(offer.useCase(), () -> offer.from().apply(context.getBean(assembly)))
                .singleton(true)
                .build();
    }
}
