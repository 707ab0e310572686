"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "permissions", {
    enumerable: true,
    get: function() {
        return permissions;
    }
});
const _graphqlshield = require("graphql-shield");
const _rules = require("./rules");
const _pinrules = require("../modules/floor-plans/pin.rules");
const _noticerules = require("../modules/notices/notice.rules");
const permissions = {
    Query: {
        me: _rules.isAuthenticated,
        floorPlans: (0, _rules.can)('activos.view_plano'),
        floorPlan: (0, _rules.can)('activos.view_plano'),
        viewers: (0, _rules.can)('activos.view_visorplano'),
        viewer: (0, _rules.can)('activos.view_visorplano'),
        users: (0, _rules.can)('auth.view_user'),
        user: (0, _rules.can)('auth.view_user'),
        groups: (0, _rules.can)('auth.view_group'),
        group: (0, _rules.can)('auth.view_group'),
        permissionCatalogue: (0, _graphqlshield.or)((0, _rules.can)('auth.view_user'), (0, _rules.can)('auth.view_group')),
        searchAssets: (0, _rules.can)('activos.view_activo'),
        assets: (0, _rules.can)('activos.view_activo'),
        asset: (0, _rules.can)('activos.view_activo'),
        searchModels: (0, _rules.can)('activos.view_modelo'),
        model: (0, _rules.can)('activos.view_modelo'),
        brand: (0, _rules.can)('activos.view_marca'),
        categoryTree: (0, _rules.can)('activos.view_categoria'),
        category: (0, _rules.can)('activos.view_categoria'),
        locationRoots: (0, _rules.can)('activos.view_ubicacion'),
        location: (0, _rules.can)('activos.view_ubicacion'),
        workOrders: (0, _rules.can)('mantenimiento.view_ordentrabajo'),
        workOrder: (0, _rules.can)('mantenimiento.view_ordentrabajo'),
        notices: _rules.isAuthenticated,
        notice: _rules.isAuthenticated,
        myNotifications: _rules.isAuthenticated,
        myUnreadNotificationCount: _rules.isAuthenticated,
        history: (0, _rules.can)('audit.view_logentry'),
        auditLog: (0, _rules.can)('audit.view_logentry')
    },
    Mutation: {
        login: _graphqlshield.allow,
        createFloorPlan: (0, _rules.can)('activos.add_plano'),
        updateFloorPlan: (0, _rules.can)('activos.change_plano'),
        deleteFloorPlan: (0, _rules.can)('activos.delete_plano'),
        createViewer: (0, _rules.can)('activos.add_visorplano'),
        updateViewer: (0, _rules.can)('activos.change_visorplano'),
        deleteViewer: (0, _rules.can)('activos.delete_visorplano'),
        savePin: _pinrules.canSavePin,
        deletePin: (0, _rules.can)('activos.delete_pinplano'),
        logout: _rules.isAuthenticated,
        changePassword: _rules.isAuthenticated,
        createUser: (0, _rules.can)('auth.add_user'),
        updateUser: (0, _rules.can)('auth.change_user'),
        setUserPassword: (0, _rules.can)('auth.change_user'),
        setUserGroups: (0, _rules.can)('auth.change_user'),
        setUserPermissions: (0, _rules.can)('auth.change_user'),
        createGroup: (0, _rules.can)('auth.add_group'),
        updateGroup: (0, _rules.can)('auth.change_group'),
        deleteGroup: (0, _rules.can)('auth.delete_group'),
        createCategory: (0, _rules.can)('activos.add_categoria'),
        updateCategory: (0, _rules.can)('activos.change_categoria'),
        deleteCategory: (0, _rules.can)('activos.delete_categoria'),
        createLocation: (0, _rules.can)('activos.add_ubicacion'),
        updateLocation: (0, _rules.can)('activos.change_ubicacion'),
        deleteLocation: (0, _rules.can)('activos.delete_ubicacion'),
        createBrand: (0, _rules.can)('activos.add_marca'),
        updateBrand: (0, _rules.can)('activos.change_marca'),
        deleteBrand: (0, _rules.can)('activos.delete_marca'),
        createModel: (0, _rules.can)('activos.add_modelo'),
        updateModel: (0, _rules.can)('activos.change_modelo'),
        deleteModel: (0, _rules.can)('activos.delete_modelo'),
        createAsset: (0, _rules.can)('activos.add_activo'),
        updateAsset: (0, _rules.can)('activos.change_activo'),
        deleteAsset: (0, _rules.can)('activos.delete_activo'),
        createWorkOrder: (0, _rules.can)('mantenimiento.add_ordentrabajo'),
        updateWorkOrder: (0, _rules.can)('mantenimiento.change_ordentrabajo'),
        changeWorkOrderStatus: (0, _rules.can)('mantenimiento.change_ordentrabajo'),
        closeWorkOrder: (0, _graphqlshield.and)((0, _rules.can)('mantenimiento.change_ordentrabajo'), (0, _rules.can)('mantenimiento.add_cierreordentrabajo')),
        rescheduleWorkOrders: (0, _rules.can)('mantenimiento.change_ordentrabajo'),
        splitWorkOrder: (0, _graphqlshield.and)((0, _rules.can)('mantenimiento.change_ordentrabajo'), (0, _rules.can)('mantenimiento.add_ordentrabajo')),
        mergeWorkOrders: (0, _rules.can)('mantenimiento.change_ordentrabajo'),
        deleteWorkOrders: (0, _rules.can)('mantenimiento.delete_ordentrabajo'),
        createNotice: _rules.isAuthenticated,
        updateNotice: (0, _rules.can)('mantenimiento.change_aviso'),
        createWorkOrderFromNotice: (0, _graphqlshield.and)((0, _rules.can)('mantenimiento.add_ordentrabajo'), (0, _rules.can)('mantenimiento.change_aviso')),
        markNotificationsRead: _rules.isAuthenticated
    },
    Subscription: {
        pinsChanged: (0, _rules.can)('activos.view_pinplano'),
        workOrderChanged: (0, _rules.can)('mantenimiento.view_ordentrabajo')
    },
    AuditEntry: {
        '*': _graphqlshield.allow,
        actor: (0, _rules.can)('auth.view_user')
    },
    AuditChange: {
        '*': _graphqlshield.allow
    },
    AuditEntryConnection: {
        '*': _graphqlshield.allow
    },
    AuditEntryEdge: {
        '*': _graphqlshield.allow
    },
    PinChange: {
        '*': _graphqlshield.allow
    },
    WorkOrderChange: {
        '*': _graphqlshield.allow
    },
    FloorPlan: {
        '*': _graphqlshield.allow,
        location: (0, _rules.can)('activos.view_ubicacion'),
        viewers: (0, _rules.can)('activos.view_visorplano')
    },
    Viewer: {
        '*': _graphqlshield.allow,
        floorPlan: (0, _rules.can)('activos.view_plano'),
        pins: (0, _rules.can)('activos.view_pinplano')
    },
    Pin: {
        '*': _graphqlshield.allow,
        viewer: (0, _rules.can)('activos.view_visorplano'),
        asset: (0, _rules.can)('activos.view_activo'),
        location: (0, _rules.can)('activos.view_ubicacion')
    },
    PinAsset: {
        '*': _graphqlshield.allow
    },
    PinLocation: {
        '*': _graphqlshield.allow
    },
    User: {
        '*': _graphqlshield.allow
    },
    Group: {
        '*': _graphqlshield.allow
    },
    Permission: {
        '*': _graphqlshield.allow
    },
    UserConnection: {
        '*': _graphqlshield.allow
    },
    UserEdge: {
        '*': _graphqlshield.allow
    },
    PageInfo: {
        '*': _graphqlshield.allow
    },
    Asset: {
        '*': _graphqlshield.allow,
        model: (0, _rules.can)('activos.view_modelo'),
        brand: (0, _rules.can)('activos.view_marca'),
        category: (0, _rules.can)('activos.view_categoria'),
        location: (0, _rules.can)('activos.view_ubicacion'),
        locationPath: (0, _rules.can)('activos.view_ubicacion'),
        parent: (0, _rules.can)('activos.view_activo'),
        components: (0, _rules.can)('activos.view_activo'),
        responsible: (0, _rules.can)('auth.view_user'),
        pins: (0, _rules.can)('activos.view_pinplano'),
        workOrders: (0, _rules.can)('mantenimiento.view_ordentrabajo'),
        downtimes: (0, _rules.can)('mantenimiento.view_ordentrabajo')
    },
    AssetConnection: {
        '*': _graphqlshield.allow
    },
    AssetEdge: {
        '*': _graphqlshield.allow
    },
    Model: {
        '*': _graphqlshield.allow,
        brand: (0, _rules.can)('activos.view_marca'),
        category: (0, _rules.can)('activos.view_categoria')
    },
    Brand: {
        '*': _graphqlshield.allow
    },
    Category: {
        '*': _graphqlshield.allow
    },
    CategoryTreeEntry: {
        '*': _graphqlshield.allow
    },
    Location: {
        '*': _graphqlshield.allow,
        stats: (0, _rules.can)('activos.view_activo'),
        floorPlans: (0, _rules.can)('activos.view_plano')
    },
    LocationStats: {
        '*': _graphqlshield.allow
    },
    CategoryCount: {
        '*': _graphqlshield.allow,
        category: (0, _rules.can)('activos.view_categoria')
    },
    // Maintenance. The people on an order are part of the order; notices are readable by
    // their requester (the request portal) and by staff with the permission.
    WorkOrder: {
        '*': _graphqlshield.allow,
        location: (0, _rules.can)('activos.view_ubicacion'),
        locationPath: (0, _rules.can)('activos.view_ubicacion'),
        assets: (0, _rules.can)('activos.view_activo'),
        technician: (0, _rules.can)('mantenimiento.view_ordentrabajo'),
        supervisor: (0, _rules.can)('mantenimiento.view_ordentrabajo'),
        createdBy: (0, _rules.can)('mantenimiento.view_ordentrabajo'),
        crew: (0, _rules.can)('mantenimiento.view_ordentrabajo'),
        routine: (0, _rules.can)('mantenimiento.view_rutina'),
        steps: (0, _rules.can)('mantenimiento.view_rutina'),
        checklist: (0, _rules.can)('mantenimiento.view_cierreordentrabajo'),
        closure: (0, _rules.can)('mantenimiento.view_cierreordentrabajo'),
        notice: (0, _rules.can)('mantenimiento.view_aviso')
    },
    WorkOrderConnection: {
        '*': _graphqlshield.allow
    },
    WorkOrderEdge: {
        '*': _graphqlshield.allow
    },
    WorkOrderRefusal: {
        '*': _graphqlshield.allow
    },
    RescheduleResult: {
        '*': _graphqlshield.allow
    },
    DeleteWorkOrdersResult: {
        '*': _graphqlshield.allow
    },
    SplitWorkOrderResult: {
        '*': _graphqlshield.allow
    },
    WorkOrderClosure: {
        '*': _graphqlshield.allow,
        closedBy: (0, _rules.can)('mantenimiento.view_ordentrabajo')
    },
    ChecklistAnswer: {
        '*': _graphqlshield.allow
    },
    WorkOrderStatusChange: {
        '*': _graphqlshield.allow,
        user: (0, _rules.can)('mantenimiento.view_ordentrabajo')
    },
    Downtime: {
        '*': _graphqlshield.allow
    },
    Routine: {
        '*': _graphqlshield.allow,
        frequency: (0, _rules.can)('mantenimiento.view_frecuencia')
    },
    RoutineStep: {
        '*': _graphqlshield.allow
    },
    Frequency: {
        '*': _graphqlshield.allow
    },
    Notice: {
        '*': _graphqlshield.allow,
        asset: (0, _noticerules.requesterOrCan)('activos.view_activo'),
        location: (0, _noticerules.requesterOrCan)('activos.view_ubicacion'),
        requester: (0, _noticerules.requesterOrCan)('mantenimiento.view_aviso'),
        responsible: (0, _noticerules.requesterOrCan)('mantenimiento.view_aviso'),
        closedBy: (0, _noticerules.requesterOrCan)('mantenimiento.view_aviso'),
        workOrder: (0, _rules.can)('mantenimiento.view_ordentrabajo')
    },
    NoticeConnection: {
        '*': _graphqlshield.allow
    },
    NoticeEdge: {
        '*': _graphqlshield.allow
    },
    Notification: {
        '*': _graphqlshield.allow
    },
    NotificationConnection: {
        '*': _graphqlshield.allow
    },
    NotificationEdge: {
        '*': _graphqlshield.allow
    }
};
