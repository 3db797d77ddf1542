export declare const GUIDE: {
    pillars: {
        title: {
            fr: string;
            en: string;
        };
        url: string;
    };
    vision: {
        title: {
            fr: string;
            en: string;
        };
        url: string;
    };
    indicators: {
        title: {
            fr: string;
            en: string;
        };
        url: string;
    };
    roadmap: {
        title: {
            fr: string;
            en: string;
        };
        url: string;
    };
    iterations: {
        title: {
            fr: string;
            en: string;
        };
        url: string;
    };
    petitGuide: {
        title: {
            fr: string;
            en: string;
        };
        url: null;
    };
};
